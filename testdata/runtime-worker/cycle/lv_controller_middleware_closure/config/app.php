<?php

return [
    'name' => 'Accounts',

    'providers' => [
        Laravel\Octane\OctaneServiceProvider::class,
        App\Providers\AppServiceProvider::class,
        App\Providers\RouteServiceProvider::class,
    ],
];
