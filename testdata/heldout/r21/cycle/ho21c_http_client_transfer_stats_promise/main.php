<?php

declare(strict_types=1);

require __DIR__ . '/src/Promise.php';
require __DIR__ . '/src/Client.php';
require __DIR__ . '/src/TransferStats.php';

use App\HttpClient\CurlMultiHandler;
use App\HttpClient\HandlerStack;
use App\HttpClient\Request;
use App\HttpClient\StatsMiddleware;
use App\HttpClient\StatsSink;

// Booted once per RoadRunner worker; every job calls the payment provider.
$sink = new StatsSink();
$stack = new HandlerStack((new CurlMultiHandler())(...));
$stack->push(new StatsMiddleware($sink));
$send = $stack->resolve();

$hosts = ['api.stripe.test', 'api.adyen.test', 'hooks.slack.test'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = json_encode([
        'order' => 'ORD-' . (20000 + $i),
        'amount' => 1000 + $i,
        'items' => array_map(static fn (int $k) => ['sku' => "SKU-$i-$k", 'name' => 'Product ' . $k . ' for order ' . $i], range(1, 5)),
    ], JSON_THROW_ON_ERROR);
    $request = new Request('POST', 'https://' . $hosts[$i % 3] . '/v1/charges?idempotency=' . md5((string) $i), ['content-type' => 'application/json'], $payload);
    $response = $send($request)->wait();
}
