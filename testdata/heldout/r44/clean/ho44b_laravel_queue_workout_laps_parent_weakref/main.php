<?php

// php artisan queue:work redis --queue=uploads --stop-when-empty

require __DIR__ . '/vendor/autoload.php';

use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

$app = require __DIR__ . '/bootstrap/app.php';

$app->make(Worker::class)->daemon('redis', 'uploads', new WorkerOptions(
    name: 'workout-ingest',
    memory: 256,
    timeout: 120,
    maxTries: 5,
    stopWhenEmpty: true,
));
