<?php

use Laravel\Octane\Contracts\OperationTerminated;
use Laravel\Octane\Listeners\FlushTemporaryContainerInstances;

return [
    'server' => 'roadrunner',

    'listeners' => [
        OperationTerminated::class => [
            FlushTemporaryContainerInstances::class,
        ],
    ],

    // Services resolved when the worker boots.
    'warm' => [],

    // Services forgotten by the container after every request.
    'flush' => [],
];
