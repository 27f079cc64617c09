<?php

return [
    'fragments' => [
        // The navigation marks the page being viewed, so its cached HTML
        // varies with the request.
        'navigation' => ['vary_by' => 'uri', 'ttl' => 300],
        'footer' => ['vary_by' => 'none', 'ttl' => 3600],
    ],
];
