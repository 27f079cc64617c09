<?php

require __DIR__ . '/vendor/routing/Route.php';
require __DIR__ . '/vendor/routing/CompiledRoute.php';
require __DIR__ . '/vendor/routing/RouteCompiler.php';
require __DIR__ . '/vendor/routing/RouteCollection.php';
require __DIR__ . '/vendor/routing/Request.php';
require __DIR__ . '/vendor/routing/NotFound.php';
require __DIR__ . '/app/Routing/RouteMatch.php';
require __DIR__ . '/app/Routing/MemoizesRouteMatches.php';
require __DIR__ . '/app/Routing/CachingUrlMatcher.php';
require __DIR__ . '/app/Http/Kernel.php';

use App\Http\Kernel;
use App\Routing\CachingUrlMatcher;
use Routing\Request;
use Routing\Route;
use Routing\RouteCollection;

// Boot (once per Octane worker).
$routes = new RouteCollection();
$routes->add(new Route('health', ['GET'], '/health', 'health'));
$routes->add(new Route('invoices.index', ['GET'], '/api/v2/tenants/{tenant}/invoices', 'invoices.index', ['page' => 1], ['tenant' => '[a-z0-9-]+']));
$routes->add(new Route('invoices.show', ['GET'], '/api/v2/tenants/{tenant}/invoices/{invoice}', 'invoices.show', ['_format' => 'json'], ['tenant' => '[a-z0-9-]+', 'invoice' => '\d+']));
$routes->add(new Route('invoices.lines', ['GET'], '/api/v2/tenants/{tenant}/invoices/{invoice}/line-items', 'invoices.lines', ['_format' => 'json', 'expand' => 'product'], ['tenant' => '[a-z0-9-]+', 'invoice' => '\d+']));
$routes->add(new Route('invoices.pay', ['POST'], '/api/v2/tenants/{tenant}/invoices/{invoice}/payments', 'invoices.pay', [], ['invoice' => '\d+']));

$controllers = [
    'health' => static fn (Request $r): array => ['ok' => true],
    'invoices.index' => static fn (Request $r): array => ['tenant' => $r->attributes['tenant'], 'page' => (int) $r->attributes['page']],
    'invoices.show' => static fn (Request $r): array => ['id' => (int) $r->attributes['invoice']],
    'invoices.lines' => static fn (Request $r): array => ['invoice' => (int) $r->attributes['invoice'], 'lines' => []],
    'invoices.pay' => static fn (Request $r): array => ['invoice' => (int) $r->attributes['invoice'], 'paid' => true],
];

$kernel = new Kernel(new CachingUrlMatcher($routes), $controllers);
$tenants = ['acme-industries', 'globex', 'initech-eu', 'umbrella-health'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $tenant = $tenants[$i % count($tenants)];
    $invoiceId = 480000 + $i * 7;
    $request = match ($i % 3) {
        0 => new Request('GET', "/api/v2/tenants/{$tenant}/invoices/{$invoiceId}/line-items/", ['include' => 'taxes']),
        1 => new Request('GET', "/api/v2/tenants/{$tenant}/invoices/{$invoiceId}"),
        default => new Request('POST', "/api/v2/tenants/{$tenant}/invoices/{$invoiceId}/payments", [], ['Idempotency-Key' => md5((string) $invoiceId)]),
    };
    $response = $kernel->handle($request);
    unset($request, $response);
}
