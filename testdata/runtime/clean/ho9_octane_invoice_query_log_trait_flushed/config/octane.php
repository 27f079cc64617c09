<?php

use App\Listeners\ReportSlowQueries;
use Laravel\Octane\Events\RequestTerminated;

return [
    'server' => 'roadrunner',
    'listeners' => [
        RequestTerminated::class => [
            ReportSlowQueries::class,
        ],
    ],
];
