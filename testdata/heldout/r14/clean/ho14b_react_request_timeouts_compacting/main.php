<?php

declare(strict_types=1);

require __DIR__ . '/vendor/react/ServerRequest.php';
require __DIR__ . '/src/TimeoutQueue.php';
require __DIR__ . '/src/CheckoutHandler.php';

use App\Async\TimeoutQueue;
use App\Http\CheckoutHandler;
use React\Http\Message\ServerRequest;

$timeouts = new TimeoutQueue();
$handler = new CheckoutHandler($timeouts);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$now = 1_700_000_000.0;

for ($i = 0; $i < $n; $i++) {
    $now += 0.002;
    $timeouts->expire($now);

    $body = json_encode([
        'cart' => sprintf('cart-%08d', $i),
        'items' => [
            ['sku' => 'SKU-' . ($i % 97), 'qty' => 1 + $i % 3, 'price' => 1999],
            ['sku' => 'SKU-' . ($i % 89), 'qty' => 2, 'price' => 450],
        ],
    ]);
    $request = new ServerRequest('POST', '/checkout/' . $i, [
        'content-type' => ['application/json'],
        'user-agent' => ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15'],
        'accept-language' => ['en-GB,en;q=0.9,de;q=0.8'],
    ], $body);

    $handler($request, $now);
}
