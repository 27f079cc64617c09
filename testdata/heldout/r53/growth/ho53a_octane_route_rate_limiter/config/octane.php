<?php

return [
    'server' => 'swoole',
    'max_requests' => 500,
    // Resolved once on the base application and shared with every request.
    'warm' => [
        \Illuminate\Cache\ArrayStore::class,
        \Illuminate\Cache\RateLimiter::class,
        \Illuminate\Routing\Router::class,
    ],
];
