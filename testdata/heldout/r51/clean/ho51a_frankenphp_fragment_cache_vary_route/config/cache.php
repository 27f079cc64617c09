<?php

return [
    'fragments' => [
        // The navigation marks the section being viewed, so its cached HTML
        // varies with the route.
        'navigation' => ['vary_by' => 'route', 'ttl' => 300],
        'footer' => ['vary_by' => 'none', 'ttl' => 3600],
    ],
];
