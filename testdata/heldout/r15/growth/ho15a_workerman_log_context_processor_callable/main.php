<?php

declare(strict_types=1);

require __DIR__ . '/src/Logging/Logger.php';
require __DIR__ . '/src/Logging/Log.php';
require __DIR__ . '/src/Http/RequestContext.php';
require __DIR__ . '/src/Http/ConnectionHandler.php';

use App\Http\ConnectionHandler;

/** Stand-in for Workerman\Connection\TcpConnection. */
final class FakeConnection
{
    public int $sent = 0;

    public function __construct(public readonly string $remoteAddress)
    {
    }

    public function send(string $payload): void
    {
        $this->sent += strlen($payload);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$handler = new ConnectionHandler();
$worker = new stdClass();
$worker->onMessage = $handler->onMessage(...);

for ($i = 0; $i < $n; $i++) {
    $connection = new FakeConnection('10.0.' . ($i % 200) . '.' . ($i % 250));
    $raw = "GET /api/articles?page=" . ($i % 9 + 1) . "&q=term{$i} HTTP/1.1\r\n"
        . "Host: api.example.test\r\n"
        . "User-Agent: Mozilla/5.0 (X11; Linux x86_64) client/{$i}\r\n"
        . 'X-Request-Id: ' . sprintf('%08x-%04x', $i, $i % 65536) . "\r\n\r\n";
    ($worker->onMessage)($connection, $raw);
}
