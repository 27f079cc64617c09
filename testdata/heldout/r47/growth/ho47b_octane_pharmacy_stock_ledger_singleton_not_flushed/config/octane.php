<?php

return [
    'server' => 'swoole',
    'max_requests' => 500,
    // Bindings Octane forgets between two requests.
    'flush' => [],
    'warm' => [
        \App\Pharmacy\FormularyCatalog::class,
    ],
];
