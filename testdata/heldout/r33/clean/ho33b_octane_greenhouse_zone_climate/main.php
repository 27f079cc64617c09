<?php

use Illuminate\Http\Request;

[$app, $worker] = require __DIR__ . '/bootstrap/app.php';

$sites = (require __DIR__ . '/config/greenhouses.php')['sites'];
$zones = [];
foreach ($sites as $site => $siteZones) {
    foreach ($siteZones as $zone) {
        $zones[] = [$site, $zone];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$clock = 1718000000;

for ($i = 0; $i < $n; $i++) {
    [$site, $zone] = $zones[$i % count($zones)];
    $clock += 5;
    $temp = 21.5 + ($i % 37) / 10;
    $rh = 62 + ($i % 23);

    $request = Request::create("/api/sites/{$site}/zones/{$zone}/climate", 'POST', [
        'gateway_id' => sprintf('lora-gw-%02d', $i % 7),
        'recorded_at' => $clock,
        'temp_c' => $temp,
        'rh_pct' => $rh,
        'co2_ppm' => 780 + ($i * 13) % 400,
        'par' => 310.5 + ($i % 90),
        'frame' => bin2hex(random_bytes(96)) . ':' . $site . ':' . $zone . ':' . $clock,
    ], ['x-request-id' => bin2hex(random_bytes(8))]);

    $response = $worker->handle($request);
    $response->getContent();
}
