<?php
// A FrankenPHP worker routes each request and records a per-request timing entry through a metrics helper that writes into a global.

require __DIR__ . '/frankenphp-stub.php';
require __DIR__ . '/src/metrics.php';
require __DIR__ . '/src/Router.php';

$requestTimings = [];
$router = new App\Router();

$handler = static function () use ($router): void {
    $router->dispatch($_SERVER, $_GET);
};

for ($served = 0; frankenphp_handle_request($handler); ++$served) {
}
