<?php
// ReactPHP (react/http-style keep-alive handling): models the fix that removes the connection 'close' listener once the pending call settles (before the fix: removed only on rejection).

require __DIR__ . '/vendor/react/event-emitter/EventEmitter.php';
require __DIR__ . '/vendor/react/socket/Connection.php';
require __DIR__ . '/vendor/react/promise/Deferred.php';
require __DIR__ . '/vendor/react/event-loop/Loop.php';
require __DIR__ . '/src/Rpc/QuoteService.php';
require __DIR__ . '/src/Rpc/RpcConnectionHandler.php';

use App\Rpc\QuoteService;
use App\Rpc\RpcConnectionHandler;
use React\EventLoop\Loop;
use React\Socket\Connection;

$config = require __DIR__ . '/config/rpc.php';
$handler = new RpcConnectionHandler(new QuoteService($config['rates']));

$connections = [];
foreach ($config['gateway_connections'] as $address) {
    $conn = new Connection($address);
    $conn->on('data', static function (string $data) use ($conn, $handler): void {
        foreach (explode("\n", trim($data)) as $frame) {
            $handler->handleFrame($conn, $frame);
        }
    });
    $connections[] = $conn;
}
unset($conn);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $frame = json_encode([
        'jsonrpc' => '2.0',
        'id' => $i,
        'method' => 'quote.create',
        'params' => [
            'quote_id' => sprintf('Q-%07d', $i),
            'zone' => ['uk', 'eu', 'us'][$i % 3],
            'items' => [
                ['sku' => "PAL-$i-A", 'qty' => 2, 'weight' => 12.5],
                ['sku' => "PAL-$i-B", 'qty' => 1, 'weight' => 3.2],
            ],
        ],
    ]);

    $connections[$i % count($connections)]->emit('data', [$frame . "\n"]);
    Loop::run();
}
