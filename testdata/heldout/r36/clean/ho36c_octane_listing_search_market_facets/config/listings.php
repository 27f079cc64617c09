<?php

return [
    'markets' => ['austin', 'denver', 'portland', 'raleigh', 'tampa', 'boise'],
    'facet_ttl' => 600,
    'page_size' => 12,
];
