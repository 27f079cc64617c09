<?php

declare(strict_types=1);

require __DIR__ . '/vendor/sentry-lite/src/Breadcrumb.php';
require __DIR__ . '/vendor/sentry-lite/src/Scope.php';
require __DIR__ . '/vendor/sentry-lite/src/Hub.php';
require __DIR__ . '/vendor/sentry-lite/src/SentrySdk.php';
require __DIR__ . '/src/Ingest/TelemetryBatch.php';
require __DIR__ . '/src/Ingest/RecentFrames.php';
require __DIR__ . '/src/Ingest/CheatSignalAggregator.php';
require __DIR__ . '/src/Ingest/IngestController.php';
require __DIR__ . '/config/frankenphp.php';

use Game\Ingest\CheatSignalAggregator;
use Game\Ingest\IngestController;
use Game\Ingest\RecentFrames;
use Sentry\SentrySdk;

$hub = SentrySdk::init();
$controller = new IngestController($hub, new RecentFrames(64), new CheatSignalAggregator());

$handler = static function () use ($controller): void {
    [$status, $body] = $controller($_SERVER, $GLOBALS['__frankenphp_body']);
    http_response_code($status);
    unset($body);
};

do {
    $running = frankenphp_handle_request($handler);
    gc_collect_cycles();
} while ($running);
