<?php

// php artisan queue:work redis --queue=replies

require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Container/Container.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Events/Dispatcher.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Support/Facades/Facade.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Support/Facades/Event.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Queue/Worker.php';
require __DIR__ . '/app/Events/ReplyDelivered.php';
require __DIR__ . '/app/Mail/ReplyMailer.php';
require __DIR__ . '/app/Support/TicketTimeline.php';
require __DIR__ . '/app/Support/RedisQueue.php';
require __DIR__ . '/app/Jobs/SendAgentReply.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';

use App\Support\RedisQueue;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

$app = require __DIR__ . '/bootstrap/app.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
(new Worker(new RedisQueue($n), $app))->daemon('replies', new WorkerOptions(maxJobs: 0));
