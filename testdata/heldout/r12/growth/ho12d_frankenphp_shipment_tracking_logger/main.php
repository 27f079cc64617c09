<?php

declare(strict_types=1);

require __DIR__ . '/vendor/monolog/monolog/src/Logger.php';
require __DIR__ . '/src/frankenphp.php';
require __DIR__ . '/src/DependencyInjection/ServiceContainer.php';
require __DIR__ . '/src/Controller/ShipmentTrackingController.php';
require __DIR__ . '/src/Kernel.php';

use App\Kernel;

// public/index.php in FrankenPHP worker mode
ignore_user_abort(true);

$kernel = new Kernel();
$kernel->boot();

$handler = static function () use ($kernel): void {
    $kernel->handle($_GET, $_SERVER);
};

while (frankenphp_handle_request($handler)) {
    $kernel->terminate();
    gc_collect_cycles();
}
