<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Routing/Route.php';
require __DIR__ . '/src/Http/PipelineCompiler.php';
require __DIR__ . '/src/Http/Middleware/Middlewares.php';
require __DIR__ . '/src/Http/ApiRouter.php';

use Amp\Http\Server\Request;
use Amp\Http\Server\Response;
use Amp\Http\Server\SocketHttpServer;
use App\Http\ApiRouter;
use App\Http\Middleware\RequestIdMiddleware;
use App\Http\Middleware\TenantMiddleware;
use App\Http\Middleware\TimingMiddleware;
use App\Http\PipelineCompiler;
use App\Routing\Route;

$json = static fn (array $data, int $status = 200): Response => new Response($status, ['content-type' => 'application/json'], json_encode($data));

$routes = [
    new Route('GET', '/v1/orders/{id}', static fn (Request $r, array $p) => $json(['order' => (int) $p['id'], 'tenant' => $r->getAttribute('tenant')])),
    new Route('GET', '/v1/invoices/{id}', static fn (Request $r, array $p) => $json(['invoice' => (int) $p['id'], 'status' => 'paid'])),
    new Route('POST', '/v1/orders/{id}/refunds', static fn (Request $r, array $p) => $json(['refund' => json_decode($r->getBody(), true), 'order' => (int) $p['id']], 202)),
    new Route('GET', '/v1/customers/{id}', static fn (Request $r, array $p) => $json(['customer' => (int) $p['id']])),
];

$compiler = new PipelineCompiler([
    new RequestIdMiddleware(),
    new TenantMiddleware(['tenant-0', 'tenant-1', 'tenant-2', 'tenant-3', 'tenant-4']),
    new TimingMiddleware(),
]);

$server = new SocketHttpServer();
$server->expose('0.0.0.0:8443');
$server->start(new ApiRouter($routes, $compiler), (int) (getenv('PHPLEAK_N') ?: 100));
