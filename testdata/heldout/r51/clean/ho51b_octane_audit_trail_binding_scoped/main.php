<?php
declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Auth/ApiTokenGuard.php';
require __DIR__ . '/app/Audit/AuditShipper.php';
require __DIR__ . '/app/Audit/AuditTrail.php';
require __DIR__ . '/app/Audit/ShipAuditTrail.php';
require __DIR__ . '/app/Http/Middleware/AuthenticateApiToken.php';
require __DIR__ . '/app/Http/Middleware/RecordAuditTrail.php';
require __DIR__ . '/app/Http/Controllers/InvoiceController.php';
require __DIR__ . '/app/Http/Kernel.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';

use Illuminate\Events\Dispatcher;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Laravel\Octane\Testing\Fakes\FakeClient;
use Laravel\Octane\Worker;

$createApplication = static function (): Application {
    $app = new Application(__DIR__);
    $app->instance('config', [
        'audit' => require __DIR__ . '/config/audit.php',
        'octane' => require __DIR__ . '/config/octane.php',
    ]);
    $app->singleton('events', static fn () => new Dispatcher());
    $app->singleton(Kernel::class, \App\Http\Kernel::class);
    $app->register(\App\Providers\AppServiceProvider::class);
    return $app;
};

$client = new FakeClient(static function (): iterable {
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        yield Request::create('/api/invoices?page=' . (1 + $i % 6), 'GET', [], [], [], [
            'HTTP_HOST' => 'billing.example',
            'HTTP_AUTHORIZATION' => 'Bearer token-' . (1 + $i % 8),
            'HTTP_USER_AGENT' => 'BillingDesktop/4.12.1 (Windows NT 10.0; Win64; x64) Electron/28.2.0',
            'HTTP_ACCEPT' => 'application/json',
            'HTTP_X_REQUEST_ID' => sprintf('%016x', $i * 7919),
            'REMOTE_ADDR' => '198.51.100.' . ($i % 200),
        ]);
    }
});

$worker = new Worker($createApplication, $client);
$worker->boot();
$worker->run();
