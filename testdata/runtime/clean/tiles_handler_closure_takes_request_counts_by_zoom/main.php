<?php
// A map tile server behind a vendor HTTP gateway in a worker loop. The
// app hands the gateway one closure, which takes the request and counts
// the hit in a stats service made at start, under the detail level its
// zoom maps to, one of four.

require __DIR__ . '/vendor/acme/Gateway.php';
require __DIR__ . '/src/TileStats.php';

use Acme\Gateway\Gateway;
use App\TileStats;
use Symfony\Component\HttpFoundation\Request;

$stats = new TileStats();
$gateway = new Gateway();
$gateway->handleWith(function (Request $request) use ($stats): string {
    $stats->hit(['12' => 'city', '15' => 'street', '18' => 'building'][$request->query['z'] ?? ''] ?? 'world');

    return 'tile';
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $gateway->serve(new Request(['z' => '12'], ['REMOTE_ADDR' => sprintf('10.%d.%d.%d', $i >> 16 & 255, $i >> 8 & 255, $i & 255) . str_repeat('.', 600)]));
}
