<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';

use Shop\OrderHandler;

$queue = new \SplQueue();
$handler = new OrderHandler();
$failed = [];

while (true) {
    $message = $queue->dequeue();
    try {
        $handler($message);
    } catch (\Throwable $e) {
        // Every failure is kept until the worker dies.
        $failed[] = ['message' => $message, 'error' => $e];
    }
    usleep(1000);
}
