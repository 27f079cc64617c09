<?php

use App\Support\AuditTrail;
use Laravel\Octane\Octane;

return [
    'server' => getenv('OCTANE_SERVER') ?: 'roadrunner',

    'https' => false,

    /*
     * Services resolved once when the worker boots and shared by every
     * request the worker serves.
     */
    'warm' => [
        ...Octane::defaultServicesToWarm(),
    ],

    /*
     * Services forgotten after every request.
     */
    'flush' => [
        AuditTrail::class,
    ],

    'max_execution_time' => 30,
];
