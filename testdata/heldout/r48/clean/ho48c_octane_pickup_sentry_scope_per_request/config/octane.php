<?php

use App\Listeners\FlushPickupLocale;
use App\Listeners\PopSentryScope;
use App\Listeners\PushSentryScope;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;

return [
    'server' => 'roadrunner',
    'listeners' => [
        RequestReceived::class => [
            PushSentryScope::class,
        ],
        RequestTerminated::class => [
            FlushPickupLocale::class,
            PopSentryScope::class,
        ],
    ],
    'warm' => [
        \App\Services\PickupScheduler::class,
    ],
];
