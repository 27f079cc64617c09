<?php

declare(strict_types=1);

require __DIR__ . '/src/Container/Container.php';
require __DIR__ . '/src/Http/Services.php';

use App\Container\Container;
use App\Http\Kernel;

$container = new Container();
(require __DIR__ . '/config/services.php')($container);
$kernel = new Kernel($container);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$requests = 0;

// FrankenPHP worker mode: frankenphp_handle_request() stand-in.
$handleRequest = static function (callable $handler) use (&$requests, $n): bool {
    if ($requests++ >= $n) {
        return false;
    }
    $handler();

    return true;
};

$handler = static function () use ($kernel, &$requests): void {
    json_encode($kernel->handle(['REQUEST_URI' => '/dashboard', 'REQUEST_METHOD' => 'GET'], [
        'x-request-id' => sprintf('req-%010d', $requests),
        'authorization' => 'Bearer ' . hash('sha256', 'session-' . $requests),
        'accept-language' => 'nl-NL',
    ]));
};

do {
    $keepRunning = $handleRequest($handler);
} while ($keepRunning);
