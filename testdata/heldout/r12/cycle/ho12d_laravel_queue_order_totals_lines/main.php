<?php

declare(strict_types=1);

require __DIR__ . '/app/Queue/Worker.php';
require __DIR__ . '/app/Domain/Order.php';
require __DIR__ . '/app/Domain/OrderLine.php';
require __DIR__ . '/app/Jobs/RecalculateOrderTotals.php';

use App\Jobs\OrderRepository;
use App\Queue\RedisQueue;
use App\Queue\Worker;

// php artisan queue:work redis --queue=orders
$worker = new Worker(
    new RedisQueue((int) (getenv('PHPLEAK_N') ?: 100)),
    [OrderRepository::class => new OrderRepository()],
);
$worker->daemon('orders');
