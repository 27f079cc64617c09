<?php

return [
    'name' => 'sleep-analysis',
    'env' => 'production',
    'providers' => [
        App\Providers\SleepServiceProvider::class,
    ],
];
