<?php

declare(strict_types=1);

// FrankenPHP worker for an e-mobility roaming hub: CPOs push OCPI EVSE status
// updates, the driver app long-polls for the status of the charger it is
// walking to.

require __DIR__ . '/vendor/illuminate/container/Container.php';
require __DIR__ . '/vendor/illuminate/support/Facades/Facade.php';
require __DIR__ . '/vendor/dunglas/frankenphp/worker.php';
require __DIR__ . '/app/Support/Facades/EvseFeed.php';
require __DIR__ . '/app/Services/EvseStatusFeed.php';
require __DIR__ . '/app/Ocpi/StatusWaiter.php';
require __DIR__ . '/app/Http/Controllers/EvseStatusController.php';

use App\Http\Controllers\EvseStatusController;

$app = require __DIR__ . '/bootstrap/app.php';
$controller = new EvseStatusController();

$handler = static function () use ($controller): void {
    $path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
    if ($_SERVER['REQUEST_METHOD'] === 'PUT' && preg_match('#^/ocpi/cpo/2\.2/locations/[^/]+/([^/]+)$#', $path, $m)) {
        [$status, $body] = $controller->update(rawurldecode($m[1]), json_decode(FrankenPhpCapture::$body, true));
    } elseif (preg_match('#^/app/evses/([^/]+)/status$#', $path, $m)) {
        [$status, $body] = $controller->wait(rawurldecode($m[1]), $_GET, $_SERVER);
    } else {
        [$status, $body] = [404, null];
    }
    http_response_code($status);
    if ($body !== null) {
        $out = json_encode($body);
    }
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
FrankenPhpCapture::$requests = (static function () use ($n): \Generator {
    $evses = [];
    foreach (['DE*ION*E1001', 'DE*ION*E1002', 'NL*FAS*E0417', 'NL*FAS*E0418', 'BE*ALL*E2201'] as $uid) {
        $evses[] = $uid;
    }
    for ($i = 0; $i < $n; $i++) {
        $evse = $evses[$i % count($evses)];
        $t = 1_717_400_000 + $i * 20;
        if ($i % 4 === 0) {
            yield ['server' => ['REQUEST_METHOD' => 'PUT', 'REQUEST_URI' => '/ocpi/cpo/2.2/locations/LOC' . ($i % 5) . '/' . $evse], 'query' => [],
                'body' => json_encode(['status' => ['AVAILABLE', 'CHARGING', 'BLOCKED'][$i % 3], 'last_updated' => gmdate('Y-m-d\TH:i:s\Z', $t)])];
        } else {
            $since = $t - ($i % 3 === 0 ? 600 : 30); // a freshly opened app asks for the last ten minutes
            yield ['server' => [
                'REQUEST_METHOD' => 'GET',
                'REQUEST_URI' => '/app/evses/' . rawurlencode($evse) . '/status?since=' . $since,
                'HTTP_X_REQUEST_ID' => sprintf('req-%08x-%04d', crc32("r$i"), $i % 10_000),
                'HTTP_AUTHORIZATION' => 'Bearer ' . base64_encode(hash('sha256', 'driver-' . ($i % 300), true)),
                'HTTP_USER_AGENT' => 'ChargeMate/4.' . ($i % 12) . ' (iPhone; iOS 17.' . ($i % 5) . ')',
            ], 'query' => ['since' => (string) $since], 'body' => ''];
        }
    }
})();

for ($handled = 0, $running = true; $running; ++$handled) {
    $running = frankenphp_handle_request($handler);
}
