<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/framework/Container.php';
require __DIR__ . '/vendor/laravel/framework/Foundation.php';
require __DIR__ . '/vendor/laravel/framework/Facade.php';
require __DIR__ . '/vendor/laravel/octane/Octane.php';
require __DIR__ . '/app/Support/AuditTrail.php';
require __DIR__ . '/app/Support/Facades/Audit.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';
require __DIR__ . '/app/Http/Controllers/OrderController.php';
require __DIR__ . '/app/Http/Middleware/WriteAuditLog.php';

use Laravel\Octane\ApplicationFactory;
use Laravel\Octane\SequenceClient;
use Laravel\Octane\Worker;

// octane:start worker entry (vendor/laravel/octane/bin/roadrunner-worker)
$client = new SequenceClient((int) (getenv('PHPLEAK_N') ?: 100));
$worker = new Worker(new ApplicationFactory(__DIR__), $client);
$worker->boot();

while ($marshalled = $client->marshalRequest()) {
    [$request, $context] = $marshalled;
    $worker->handle($request, $context);
}
