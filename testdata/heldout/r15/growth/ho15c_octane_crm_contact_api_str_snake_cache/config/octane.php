<?php

use App\Listeners\ResetRequestContext;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;

return [
    'server' => 'roadrunner',
    'listeners' => [
        RequestReceived::class => [],
        RequestTerminated::class => [
            ResetRequestContext::class,
        ],
    ],
];
