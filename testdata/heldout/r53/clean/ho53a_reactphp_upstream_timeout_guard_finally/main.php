<?php

require __DIR__ . '/vendor/react/event-loop.php';
require __DIR__ . '/vendor/react/promise.php';
require __DIR__ . '/vendor/react/http.php';
require __DIR__ . '/src/UpstreamClient.php';
require __DIR__ . '/src/TimeoutGuard.php';
require __DIR__ . '/src/StockHandler.php';

use App\StockHandler;
use App\TimeoutGuard;
use App\UpstreamClient;
use React\EventLoop\Loop;
use React\Http\HttpServer;
use React\Http\Message\ServerRequest;

$loop = Loop::get();
$config = ['inventory' => ['base_uri' => 'http://inventory.internal:8080', 'timeout' => 30.0]];

$handler = new StockHandler(
    new UpstreamClient($loop, $config['inventory']['base_uri']),
    new TimeoutGuard($loop, $config['inventory']['timeout']),
);
$server = new HttpServer($handler);

// Socket server stand-in: one request per readable event, then a loop tick.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->handleRequest(new ServerRequest('GET', '/stock/SKU-' . (31000 + $i % 250), [
        'x-correlation-id' => sprintf('corr-%08d', $i),
        'accept' => 'application/json',
    ]));
    $loop->tick();
}
