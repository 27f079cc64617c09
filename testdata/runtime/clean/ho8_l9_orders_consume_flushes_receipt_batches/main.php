<?php
// artisan entry: runs the orders:consume worker command with --max-jobs taken from the environment.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Orders/OrderQueue.php';
require __DIR__ . '/app/Console/Commands/ConsumeOrders.php';

use App\Console\Commands\ConsumeOrders;
use App\Orders\OrderQueue;
use Illuminate\Container\Container;
use Illuminate\Foundation\Console\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = Container::getInstance();
$app->singleton(OrderQueue::class);
$artisan = new Kernel($app);
$artisan->registerCommand(new ConsumeOrders());
$artisan->call('orders:consume', ['--max-jobs' => $n]);
