<?php

return [
    'name' => 'Telehealth eRx',
    'providers' => [
        App\Providers\AppServiceProvider::class,
        App\Providers\AuditServiceProvider::class,
    ],
];
