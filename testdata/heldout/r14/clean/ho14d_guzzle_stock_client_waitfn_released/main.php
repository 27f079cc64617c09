<?php
// Guzzle promises: models the fix where Promise::settle() drops waitFn/cancelFn (after the fix: both are released).

require __DIR__ . '/vendor/guzzlehttp/promises/PromiseInterface.php';
require __DIR__ . '/vendor/guzzlehttp/promises/Promise.php';
require __DIR__ . '/src/SyncTransport.php';
require __DIR__ . '/src/StockClient.php';

use App\Inventory\StockClient;
use App\Inventory\SyncTransport;

$config = require __DIR__ . '/config/services.php';
$client = new StockClient(new SyncTransport($config['warehouse']['base_uri'], $config['warehouse']['timeout']));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $sku = sprintf('SKU-%06d', $i);
    $body = $client->stockLevelAsync($sku)
        ->then(fn (string $json) => json_decode($json, true))
        ->wait();

    $available = 0;
    foreach ($body['items'] as $row) {
        $available += $row['on_hand'] - $row['reserved'];
    }
    $reply = ['sku' => $sku, 'available' => $available];
    unset($body, $reply);
}
