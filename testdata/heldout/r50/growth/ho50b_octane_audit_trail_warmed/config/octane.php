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
        AuditTrail::class,
    ],

    /*
     * Services forgotten after every request.
     */
    'flush' => [
    ],

    'max_execution_time' => 30,
];
