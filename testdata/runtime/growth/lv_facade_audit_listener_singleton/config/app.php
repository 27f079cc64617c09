<?php

return [
    'name' => 'Document Portal',

    'providers' => [
        Laravel\Octane\OctaneServiceProvider::class,
        App\Providers\AppServiceProvider::class,
        App\Providers\RouteServiceProvider::class,
    ],
];
