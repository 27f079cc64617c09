<?php

return [
    'name' => 'Fulfilment',

    'providers' => [
        Illuminate\Queue\QueueServiceProvider::class,
        App\Providers\EventServiceProvider::class,
    ],
];
