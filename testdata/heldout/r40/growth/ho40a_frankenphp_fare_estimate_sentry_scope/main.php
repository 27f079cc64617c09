<?php

// FrankenPHP worker script (frankenphp php-server --worker main.php).

require __DIR__ . '/vendor/dunglas/frankenphp/worker.php';
require __DIR__ . '/vendor/sentry/sentry/src/State/Scope.php';
require __DIR__ . '/vendor/sentry/sentry/src/State/Hub.php';
require __DIR__ . '/src/Pricing/FareEstimator.php';
require __DIR__ . '/src/Http/EstimateController.php';

use App\Http\EstimateController;
use App\Pricing\EstimateCache;
use App\Pricing\FareEstimator;
use App\Pricing\ZoneResolver;
use Sentry\State\SentrySdk;

SentrySdk::init();

$zones = new ZoneResolver([
    'ams-centrum' => [52.372, 4.893],
    'ams-zuid' => [52.339, 4.872],
    'ams-oost' => [52.360, 4.930],
    'ams-noord' => [52.395, 4.915],
]);
$controller = new EstimateController($zones, new FareEstimator($zones), new EstimateCache(['economy', 'comfort', 'xl']));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
FrankenPhpReplay::feed((function () use ($n) {
    $products = ['economy', 'comfort', 'xl'];
    $spots = [
        [52.3731, 4.8922], [52.3791, 4.9003], [52.3383, 4.8720], [52.3460, 4.8580],
        [52.3600, 4.9290], [52.3550, 4.9420], [52.3960, 4.9150], [52.3890, 4.9010],
    ];
    for ($i = 0; $i < $n; $i++) {
        yield [
            'server' => [
                'REQUEST_METHOD' => 'GET',
                'REQUEST_URI' => '/v1/fares/estimate',
                'REMOTE_ADDR' => '100.64.' . ($i % 250) . '.' . (($i * 7) % 250),
                'REQUEST_TIME_FLOAT' => 1767225600.0 + $i * 0.25,
                'HTTP_X_REQUEST_ID' => sprintf('req-%010d-%04x', 1767225600 + $i, $i % 65536),
                'HTTP_X_APP_VERSION' => 'rider-ios/8.' . ($i % 4),
            ],
            'get' => [
                'rider' => 'r_' . (700000 + ($i * 37) % 250000),
                'from_lat' => sprintf('%.5f', $spots[$i % 8][0] + ($i % 10) * 0.0001),
                'from_lng' => sprintf('%.5f', $spots[$i % 8][1] - ($i % 7) * 0.0001),
                'to_lat' => sprintf('%.5f', $spots[intdiv($i, 8) % 8][0] - ($i % 9) * 0.0001),
                'to_lng' => sprintf('%.5f', $spots[intdiv($i, 8) % 8][1] + ($i % 11) * 0.0001),
                'product' => $products[$i % 3],
            ],
        ];
    }
})());

$handler = static function () use ($controller): void {
    $response = $controller($_SERVER, $_GET);
    // FrankenPHP sends $response; nothing is echoed in the replay.
};

for ($handled = 0; frankenphp_handle_request($handler); $handled++) {
    gc_collect_cycles();
}
