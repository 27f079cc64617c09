<?php

// public/index.php, run by FrankenPHP in worker mode
// (FRANKENPHP_CONFIG="worker ./public/index.php").

use App\Http\Request;
use App\Kernel;

ignore_user_abort(true);

require __DIR__ . '/vendor/dunglas/frankenphp/frankenphp.php';
spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'App\\')) {
        require __DIR__ . '/src/' . strtr(substr($class, 4), '\\', '/') . '.php';
    }
});

$kernel = new Kernel(__DIR__);

$handler = static function () use ($kernel): void {
    $kernel->handle(Request::fromGlobals())->send();
};

$maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = \frankenphp_handle_request($handler);

    $kernel->terminate();
    gc_collect_cycles();

    if (!$keepRunning) {
        break;
    }
}
