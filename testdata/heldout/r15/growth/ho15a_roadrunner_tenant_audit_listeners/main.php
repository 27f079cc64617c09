<?php

declare(strict_types=1);

require __DIR__ . '/vendor/acme/events/Dispatcher.php';
require __DIR__ . '/vendor/acme/events/Container.php';
require __DIR__ . '/src/Events/QueryExecuted.php';
require __DIR__ . '/src/Events/ModelSaved.php';
require __DIR__ . '/src/Http/Request.php';
require __DIR__ . '/src/Http/OrderController.php';
require __DIR__ . '/src/Tenancy/AuditTrail.php';
require __DIR__ . '/src/Tenancy/TenantMiddleware.php';

use Acme\Events\Container;
use Acme\Events\Dispatcher;
use App\Http\OrderController;
use App\Http\Request;
use App\Tenancy\AuditTrail;
use App\Tenancy\TenantMiddleware;

$container = new Container();
$container->singleton(Dispatcher::class, static fn (): Dispatcher => new Dispatcher());
$container->singleton(AuditTrail::class, static fn (): AuditTrail => new AuditTrail());
$container->singleton(TenantMiddleware::class, static fn (Container $c): TenantMiddleware => new TenantMiddleware($c->get(Dispatcher::class), $c->get(AuditTrail::class)));
$container->singleton(OrderController::class, static fn (Container $c): OrderController => new OrderController($c->get(Dispatcher::class)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// RoadRunner worker loop stand-in: $psr7->waitRequest() / respond().
for ($i = 0; $i < $n; $i++) {
    $request = new Request('POST', '/api/orders', [
        'x-tenant' => 'tenant-' . ($i % 4),
        'x-user' => 'user-' . $i,
        'x-request-id' => bin2hex(random_bytes(8)),
    ], json_encode(['id' => $i, 'sku' => 'SKU-' . $i, 'qty' => 1 + $i % 3]));

    $middleware = $container->get(TenantMiddleware::class);
    $controller = $container->get(OrderController::class);
    $response = $middleware->process($request, $controller);
}
