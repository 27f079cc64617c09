<?php

declare(strict_types=1);

require __DIR__ . '/vendor/evenement/EventEmitter.php';
require __DIR__ . '/vendor/swoole_stubs.php';
require __DIR__ . '/src/Barcode.php';
require __DIR__ . '/src/ScanSession.php';
require __DIR__ . '/src/PutawayScanHandler.php';

use Swoole\Http\Request;
use Swoole\Http\Response;
use Warehouse\Scanning\PutawayScanHandler;

// Swoole\Http\Server::on('request', $handler) in production; the worker
// process keeps the handler for its whole life.
$handler = new PutawayScanHandler();
$operators = ['op-amira', 'op-ben', 'op-chen'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'device' => sprintf('TC52-%04d', $i % 12),
        'scans' => [
            sprintf('LOC-A%02d-%02d', $i % 40, $i % 7),
            sprintf('%013d', 5012345000000 + $i),
            ']C1' . sprintf('0109501101020917%06d', $i),
            sprintf('%013d', 4006381000000 + $i * 3),
        ],
    ]);
    $request = new Request($body);
    $request->header['x-operator'] = $operators[$i % 3];
    $response = new Response();
    $handler($request, $response);
    unset($request, $response, $body);
}
