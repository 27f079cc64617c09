<?php

use App\Listeners\FlushPickupLocale;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;

return [
    'server' => 'roadrunner',
    'listeners' => [
        RequestReceived::class => [
        ],
        RequestTerminated::class => [
            FlushPickupLocale::class,
        ],
    ],
    'warm' => [
        \App\Services\PickupScheduler::class,
    ],
];
