<?php

declare(strict_types=1);

// php artisan queue:work redis --queue=erx --sleep=1 --tries=3

require __DIR__ . '/vendor/autoload.php';

$app = require __DIR__ . '/bootstrap/app.php';
$app->boot();

use Illuminate\Events\Dispatcher;
use Illuminate\Queue\RedisQueue;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

$connection = new RedisQueue($app, require __DIR__ . '/bootstrap/redis_feed.php', 'redis');
$worker = new Worker($connection, $app->make(Dispatcher::class));

$worker->daemon('redis', $app->make('config')['queue']['connections']['redis']['queue'], new WorkerOptions(
    name: 'erx',
    sleep: 1,
    maxTries: 3,
));
