<?php

return [
    'server' => 'swoole',
    'max_requests' => 500,
    // Services resolved once when the worker boots and shared by every request.
    'warm' => [
        App\Services\Pricing\PricingEngine::class,
    ],
    'flush' => [],
];
