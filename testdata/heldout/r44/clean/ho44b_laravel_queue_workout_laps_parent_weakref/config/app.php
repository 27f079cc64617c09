<?php

return [
    'name' => 'workout-ingest',
    'env' => 'production',
    'providers' => [
        App\Providers\WorkoutServiceProvider::class,
    ],
];
