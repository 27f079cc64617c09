<?php

declare(strict_types=1);

require __DIR__ . '/vendor/workerman-lite/TcpConnection.php';
require __DIR__ . '/vendor/workerman-lite/Worker.php';
require __DIR__ . '/src/Console/ConsoleSession.php';
require __DIR__ . '/src/Console/SessionRegistry.php';
require __DIR__ . '/src/Console/SerialConsoleProxy.php';
require __DIR__ . '/src/Console/ConsoleGateway.php';

use Panel\Console\ConsoleGateway;
use Panel\Console\SerialConsoleProxy;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

const TICKET_SECRET = 'c0ns0le-t1cket-s3cret';

$worker = new Worker('websocket://0.0.0.0:6080');
$gateway = new ConsoleGateway(new SerialConsoleProxy(), TICKET_SECRET);
$gateway->listen($worker);

/**
 * One browser tab: connect, attach with a signed ticket, type two commands,
 * close the tab. Stands in for the event loop's accept/read/close callbacks.
 */
function serveConsoleClient(Worker $worker, int $i): void
{
    $nodes = ['cn-fra1-01', 'cn-fra1-02', 'cn-ams3-07'];
    $vm = sprintf('%08x-7e57-4c0e-8a11-%012x', crc32("vm$i"), $i * 104729);
    $operator = 'user' . (700 + $i % 50) . '@customer' . ($i % 50) . '.example';
    $ts = 1714521600 + $i * 13;

    $connection = new TcpConnection(sprintf('198.51.100.%d:%d', $i % 250 + 1, 40000 + $i % 20000));
    $worker->acceptConnection($connection);
    $worker->receive($connection, json_encode([
        'type' => 'attach',
        'vm' => $vm,
        'node' => $nodes[$i % 3],
        'operator' => $operator,
        'ua' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.' . ($i % 90) . ' Safari/537.36',
        'ts' => $ts,
        'ticket' => hash_hmac('sha256', "$vm|$operator|$ts", TICKET_SECRET),
    ]));
    foreach (['uptime', "\r", 'df -h', "\r"] as $keys) {
        $worker->receive($connection, json_encode(['type' => 'keys', 'data' => $keys]));
    }
    $worker->destroyConnection($connection);
}

$connections = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $connections; $i++) {
    serveConsoleClient($worker, $i);
}
