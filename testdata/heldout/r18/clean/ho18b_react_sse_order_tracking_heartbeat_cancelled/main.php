<?php

declare(strict_types=1);

require __DIR__ . '/vendor/evloop/Loop.php';
require __DIR__ . '/src/Http/Messages.php';
require __DIR__ . '/src/Tracking/OrderTracker.php';
require __DIR__ . '/src/Http/OrderEventsController.php';

use App\Http\OrderEventsController;
use App\Http\ServerRequest;
use App\Tracking\OrderTracker;
use Evloop\Loop;

// Boot once, like a react/http server process.
$loop = new Loop();
$tracker = new OrderTracker();
$controller = new OrderEventsController($loop, $tracker);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $orderId = sprintf('ord_%08d', 40000 + $i);
    $response = $controller(new ServerRequest('GET', "/orders/{$orderId}/events", [
        'accept' => 'text/event-stream',
        'last-event-id' => "{$orderId}:paid",
        'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36',
    ], ['orderId' => $orderId]));
    $loop->advance(0.02);
    $tracker->publish($orderId, 'packed');
    $tracker->publish($orderId, 'shipped');

    // The browser navigates away: the connection closes.
    $response->body->close();
    $loop->advance(0.02);
}
