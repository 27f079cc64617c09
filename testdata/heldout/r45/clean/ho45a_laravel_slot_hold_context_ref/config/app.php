<?php

return [
    'name' => 'Telehealth Scheduling',
    'providers' => [
        App\Providers\AppServiceProvider::class,
    ],
];
