<?php
// Benchmark for the promise library: a lookup client builds a lazily waited promise per SKU, the script waits on each one, and settling a promise drops its wait and cancel callbacks.

declare(strict_types=1);

require __DIR__ . '/src/PromiseInterface.php';
require __DIR__ . '/src/RejectionException.php';
require __DIR__ . '/src/CancellationException.php';
require __DIR__ . '/src/TaskQueue.php';
require __DIR__ . '/src/Utils.php';
require __DIR__ . '/src/Promise.php';
require __DIR__ . '/examples/InventoryBackend.php';
require __DIR__ . '/examples/InventoryLookup.php';

use GuzzleHttp\Promise\Examples\InventoryBackend;
use GuzzleHttp\Promise\Examples\InventoryLookup;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$backend = new InventoryBackend();
$lookup = new InventoryLookup($backend);
$totalOnHand = 0;

for ($i = 0; $i < $n; $i++) {
    $sku = sprintf('SKU-%06d-%s', $i, $i % 2 ? 'BLK' : 'WHT');
    $stock = $lookup->stock($sku);
    foreach ($stock['levels'] as $level) {
        $totalOnHand += $level['on_hand'];
    }
}
