<?php

// php artisan queue:work redis --queue=sleep --stop-when-empty

require __DIR__ . '/vendor/autoload.php';

use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

$app = require __DIR__ . '/bootstrap/app.php';

$app->make(Worker::class)->daemon('redis', 'sleep', new WorkerOptions(
    name: 'sleep-analysis',
    memory: 256,
    timeout: 90,
    maxTries: 3,
    stopWhenEmpty: true,
));
