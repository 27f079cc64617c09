<?php
// A Laravel Octane worker serves multi-tenant dashboards behind a middleware that records page views per tenant for a bulk write at worker shutdown.

declare(strict_types=1);

require __DIR__ . '/framework/Illuminate/Events/Dispatcher.php';
require __DIR__ . '/framework/Illuminate/Http/Request.php';
require __DIR__ . '/framework/Laravel/Octane/Events/WorkerStopping.php';
require __DIR__ . '/app/Tenancy/Tenant.php';
require __DIR__ . '/app/Http/Middleware/RecordTenantActivity.php';
require __DIR__ . '/app/Http/Controllers/DashboardController.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';

use App\Providers\AppServiceProvider;
use Illuminate\Events\Dispatcher;
use Illuminate\Http\Request;

$events = new Dispatcher();
$handle = (new AppServiceProvider($events))->boot();
$hosts = ['acme.example.app', 'globex.example.app', 'initech.example.app', 'umbrella.example.app', 'hooli.example.app'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', $hosts[$i % 5], '/dashboard/' . ($i % 13), [
        'User-Agent' => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
        'Referer' => 'https://' . $hosts[$i % 5] . '/reports?from=2024-01-01&to=2024-03-31&page=' . $i,
    ]);
    $response = $handle($request);
}
