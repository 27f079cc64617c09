<?php

return [
    'server' => 'swoole',

    'max_execution_time' => 30,

    /*
     | Services resolved once when the worker boots, so the first request of
     | every worker does not pay for building them.
     */
    'warm' => [
        'log',
        \App\Support\RequestTrail::class,
    ],
];
