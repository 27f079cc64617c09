<?php

declare(strict_types=1);

require __DIR__ . '/src/Worker/WorkerLifecycle.php';
require __DIR__ . '/src/Worker/Consumer.php';
require __DIR__ . '/src/Export/ExportStorage.php';
require __DIR__ . '/src/Export/ExportSession.php';
require __DIR__ . '/src/Export/ExportOrdersHandler.php';

use Shop\Export\ExportOrdersHandler;
use Shop\Export\ExportOrdersMessage;
use Shop\Export\ExportStorage;
use Shop\Worker\Consumer;
use Shop\Worker\WorkerLifecycle;

$lifecycle = new WorkerLifecycle();
$storage = new ExportStorage();
$consumer = new Consumer(
    [ExportOrdersMessage::class => new ExportOrdersHandler($storage, $lifecycle)],
    $lifecycle,
);

$messages = static function (int $n): \Generator {
    for ($i = 0; $i < $n; $i++) {
        $orders = [];
        for ($o = 0; $o < 3; $o++) {
            $orders[] = [
                'number' => sprintf('SO-%07d', $i * 10 + $o),
                'placed_at' => date('c', 1_700_000_000 + $i * 60),
                'customer' => 'Customer ' . $i,
                'email' => sprintf('buyer%d@example.test', $i),
                'total' => 19.99 * ($o + 1),
                'status' => 'paid',
            ];
        }
        yield new ExportOrdersMessage('tenant-' . ($i % 5), sprintf('ops.user%d@example.test', $i), $orders);
    }
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer->consume($messages($n));
