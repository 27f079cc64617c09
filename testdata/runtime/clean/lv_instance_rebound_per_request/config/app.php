<?php

return [
    'name' => 'Customer Portal',

    'providers' => [
        Laravel\Octane\OctaneServiceProvider::class,
        App\Providers\AppServiceProvider::class,
        App\Providers\RouteServiceProvider::class,
    ],
];
