<?php
// Workerman websocket quote ticker: each client subscribes to symbols and gets a snapshot pushed every second by a timer.

declare(strict_types=1);

use App\Quotes\QuoteBook;
use Workerman\Connection\TcpConnection;
use Workerman\Timer;
use Workerman\Worker;

require __DIR__ . '/vendor/workerman/workerman.php';
require __DIR__ . '/src/QuoteBook.php';

$book = new QuoteBook();
$worker = new Worker('websocket://0.0.0.0:8282');
$worker->name = 'quotes';

$worker->onMessage = function (TcpConnection $connection, string $data) use ($book): void {
    $request = json_decode($data, true);
    if ($request['action'] !== 'subscribe') {
        return;
    }
    $connection->symbols = $request['symbols'];
    $connection->clientInfo = $request['client'];
    Timer::add(1.0, function () use ($connection, $book): void { // leak
        $connection->send(json_encode(['quotes' => $book->snapshot($connection->symbols), 'ts' => microtime(true)]));
    });
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
Worker::$incoming = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $client = ['app' => 'web-terminal', 'build' => "2024.{$i}", 'ua' => str_repeat("Mozilla/5.0 (X11; Linux x86_64) client-{$i} ", 8)];
        yield ['203.0.113.' . ($i % 200) . ':' . (30000 + $i), [json_encode(['action' => 'subscribe', 'symbols' => ['AAPL', 'NVDA', 'TSLA'], 'client' => $client])]];
    }
})();

Worker::runAll();
