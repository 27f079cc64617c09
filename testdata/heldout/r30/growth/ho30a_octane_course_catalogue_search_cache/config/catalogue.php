<?php

return [
    'categories' => ['programming', 'data-science', 'languages', 'mathematics', 'design'],
    'locales' => ['en', 'de', 'es'],
    'per_page' => 12,
    'max_page' => 3,
];
