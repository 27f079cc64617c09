<?php

return [
    'name' => 'Billing',

    'providers' => [
        Illuminate\Queue\QueueServiceProvider::class,
        App\Providers\AppServiceProvider::class,
    ],
];
