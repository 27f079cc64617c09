<?php

use Laravel\Octane\Listeners\CollectGarbage;
use Laravel\Octane\RequestTerminated;

return [
    'server' => 'swoole',
    'max_requests' => 0,
    'listeners' => [
        RequestTerminated::class => [
            CollectGarbage::class,
        ],
    ],
];
