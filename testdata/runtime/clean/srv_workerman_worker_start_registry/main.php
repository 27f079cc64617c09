<?php
// Workerman server: onWorkerStart runs once per worker process and registers the RPC methods;
// onMessage runs once per message and only looks the method up.

require_once __DIR__ . '/vendor/workerman/workerman/src/Connection/TcpConnection.php';
require_once __DIR__ . '/vendor/workerman/workerman/src/Worker.php';
require_once __DIR__ . '/src/Rpc/MethodDefinition.php';
require_once __DIR__ . '/src/Rpc/RpcServer.php';
require_once __DIR__ . '/src/Pricing/QuoteService.php';

use App\Pricing\QuoteService;
use App\Rpc\RpcServer;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$rpc = new RpcServer();

// The stand-in runAll() serves PHPLEAK_N connections (default 100), one message each.
$worker = new Worker('text://0.0.0.0:2345');
$worker->name = 'order-rpc';
$worker->count = 1;

$worker->onWorkerStart = function (Worker $worker) use ($rpc): void {
    $quotes = new QuoteService(['SKU-10' => 1250, 'SKU-11' => 4999, 'SKU-12' => 899]);
    $rpc->register('order.quote', [$quotes, 'quote'], ['sku', 'quantity'], str_repeat('Prices an order line for a customer. ', 12));
    $rpc->register('order.ping', static fn (array $params): array => ['pong' => true], [], 'Health check.');
};

$worker->onMessage = function (TcpConnection $connection, string $data) use ($rpc): void {
    $connection->send($rpc->handle($data, $connection->getRemoteIp()));
};

Worker::runAll();
