<?php
// Workerman text-protocol gateway decoding sensor readings, memoized per frame, against per-model field schemas loaded when the worker starts.

declare(strict_types=1);

use App\Telemetry\ReadingDecoder;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

require __DIR__ . '/vendor/workerman/workerman.php';
require __DIR__ . '/src/ReadingDecoder.php';

$worker = new Worker('text://0.0.0.0:5680');
$worker->name = 'telemetry';
$worker->count = 4;

$worker->onWorkerStart = function (Worker $worker): void {
    ReadingDecoder::loadSchemas(json_encode([
        'th-200' => ['t' => 'temperature', 'h' => 'humidity', 'b' => 'battery'],
        'co2-10' => ['c' => 'co2_ppm', 't' => 'temperature', 'b' => 'battery'],
    ]));
};

$worker->onMessage = function (TcpConnection $connection, string $data): void {
    $reading = ReadingDecoder::decode($data);
    $connection->send(json_encode(['ack' => $reading['device'], 'fields' => count($reading)]));
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
Worker::$incoming = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $model = $i % 2 ? 'th-200' : 'co2-10';
        $values = implode(';', ['t=' . (20 + $i % 7), 'h=' . (40 + $i % 13), 'c=' . (400 + $i), 'b=98', "seq={$i}", 'ts=' . (1700000000 + $i)]);
        yield ['10.20.' . ($i % 200) . '.7:' . (50000 + $i), ["sensor-{$i}|{$model}|{$values}", "sensor-{$i}|{$model}|{$values};rssi=-6{$i}"]];
    }
})();

Worker::runAll();
