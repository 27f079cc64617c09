<?php

return [
    'name' => 'warning-desk',
    'providers' => [
        App\Providers\WarningServiceProvider::class,
        App\Providers\RouteServiceProvider::class,
    ],
];
