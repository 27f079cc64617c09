<?php

use App\Listeners\FlushRequestMetrics;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;
use Laravel\Octane\Events\WorkerStopping;

return [
    'server' => 'swoole',
    'listeners' => [
        RequestReceived::class => [],
        RequestTerminated::class => [
            FlushRequestMetrics::class,
        ],
        WorkerStopping::class => [],
    ],
];
