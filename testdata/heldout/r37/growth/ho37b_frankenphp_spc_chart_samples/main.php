<?php

// FrankenPHP worker script (frankenphp { worker ./public/spc.php }) for the
// SPC station endpoint: gauges post measured parts, the worker keeps the
// control charts in memory and raises an andon on an out-of-control point.

require __DIR__ . '/vendor/dunglas/frankenphp/worker_shim.php';
require __DIR__ . '/src/Spc/Sample.php';
require __DIR__ . '/src/Spc/ControlChart.php';
require __DIR__ . '/src/Spc/ChartRegistry.php';
require __DIR__ . '/src/Spc/WesternElectricRules.php';
require __DIR__ . '/src/Andon/AndonNotifier.php';
require __DIR__ . '/src/Http/MeasurementController.php';

use App\Andon\AndonNotifier;
use App\Http\MeasurementController;
use App\Spc\ChartRegistry;
use App\Spc\WesternElectricRules;
use FrankenPHP\Shim\RequestFeed;

$limits = require __DIR__ . '/config/spc.php';
$controller = new MeasurementController(ChartRegistry::fromConfig($limits), new WesternElectricRules(), new AndonNotifier());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$characteristics = array_keys($limits);
RequestFeed::configure(function (int $i) use ($characteristics, $limits): array {
    $c = $characteristics[$i % count($characteristics)];
    $l = $limits[$c];
    $span = $l['ucl'] - $l['center'];
    $samples = [];
    for ($k = 0; $k < 3; $k++) {
        $drift = (($i * 13 + $k * 7) % 11 - 5) / 6 * $span;
        $samples[] = [
            'serial' => sprintf('SN%s-%07d', substr($c, 0, 3), 5100000 + $i * 3 + $k),
            'value' => $l['center'] + ($i % 40 < 4 && $k === 1 ? 1.6 * $span : $drift),
            'ts' => 1_717_500_000 + $i * 20 + $k,
            'remark' => $k === 2 ? sprintf(' fixture F%d, re-clamped after chip on datum B (shift %s) ', 1 + $i % 6, ['A', 'B', 'C'][$i % 3]) : '',
        ];
    }

    return [
        'server' => ['REQUEST_URI' => '/spc/measurements', 'HTTP_X_STATION' => 'QC-' . (1 + $i % 5)],
        'post' => [
            'characteristic' => $c,
            'gauge' => sprintf('GAUGE-%03d', 10 + $i % 6),
            'operator' => sprintf('op%04d', 2000 + $i % 23),
            'samples' => $samples,
        ],
    ];
}, $n);

$handler = static function () use ($controller): void {
    [$status, $body] = $controller($_POST);
    http_response_code($status);
    $json = json_encode($body);
};

for ($nbRequests = 0, $running = true; $running; ++$nbRequests) {
    $running = frankenphp_handle_request($handler);
    gc_collect_cycles();
}
