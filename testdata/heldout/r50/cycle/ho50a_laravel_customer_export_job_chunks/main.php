<?php

require __DIR__ . '/vendor/illuminate/container/Container.php';
require __DIR__ . '/vendor/illuminate/queue/Queue.php';
require __DIR__ . '/vendor/illuminate/Bus.php';
require __DIR__ . '/app/Services/Config.php';
require __DIR__ . '/app/Services/ExportStorage.php';
require __DIR__ . '/app/Repositories/CustomerRepository.php';
require __DIR__ . '/app/Jobs/Concerns/IteratesInChunks.php';
require __DIR__ . '/app/Jobs/ExportCustomerSegment.php';

use App\Jobs\ExportCustomerSegment;
use App\Repositories\CustomerRepository;
use App\Services\Config;
use App\Services\ExportStorage;
use Illuminate\Container\Container;
use Illuminate\Queue\RedisQueue;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

Config::load('exports', require __DIR__ . '/config/exports.php');

$app = new Container();
$app->instance(CustomerRepository::class, new CustomerRepository());
$app->instance(ExportStorage::class, new ExportStorage());

$queue = new RedisQueue($app);
ExportCustomerSegment::$dispatcher = $queue;

// php artisan queue:work redis --queue=exports; the admin panel dispatches
// exports while the worker runs.
$worker = new Worker($queue);
$options = new WorkerOptions();
$segments = ['vip', 'churned', 'trial', 'enterprise', 'newsletter'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    ExportCustomerSegment::dispatch($segments[$i % count($segments)], 1000 + $i % 17);
    $worker->runNextJob('redis', 'exports', $options);
}
