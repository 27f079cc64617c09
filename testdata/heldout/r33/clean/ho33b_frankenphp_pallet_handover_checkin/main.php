<?php

require __DIR__ . '/vendor/dunglas/frankenphp/worker.php';
require __DIR__ . '/src/Custody/HandoverScan.php';
require __DIR__ . '/src/Custody/CustodySession.php';
require __DIR__ . '/src/Custody/CustodyTracker.php';
require __DIR__ . '/src/Custody/LoggerStatus.php';
require __DIR__ . '/src/Custody/DataLoggerVerifier.php';
require __DIR__ . '/src/Custody/LoggerTraceStore.php';
require __DIR__ . '/src/Http/HandoverController.php';
require __DIR__ . '/src/Kernel.php';
require __DIR__ . '/src/Dev/TrafficReplay.php';

use App\Dev\TrafficReplay;
use App\Kernel;
use FrankenPHP\Runtime;

use function FrankenPHP\frankenphp_handle_request;

$maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
Runtime::listen(TrafficReplay::scans($maxRequests));

$kernel = new Kernel();
$controller = $kernel->handoverController();

$handler = static function () use ($controller): void {
    [$status, $body] = $controller($_POST, $_SERVER['HTTP_X_DEVICE_ID'] ?? 'unknown');
    http_response_code($status);
    echo json_encode($body);
};

for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);

    if (!$keepRunning) {
        break;
    }
}
