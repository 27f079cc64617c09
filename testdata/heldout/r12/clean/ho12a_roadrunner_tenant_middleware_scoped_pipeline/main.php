<?php

declare(strict_types=1);

require __DIR__ . '/vendor/spiral/roadrunner-http/src/PSR7Worker.php';
require __DIR__ . '/src/Http/ServerRequest.php';
require __DIR__ . '/src/Http/Response.php';
require __DIR__ . '/src/Http/Pipeline.php';
require __DIR__ . '/src/Http/Middleware/RequestIdMiddleware.php';
require __DIR__ . '/src/Http/Middleware/TenantScopeMiddleware.php';
require __DIR__ . '/src/Tenancy/Tenant.php';
require __DIR__ . '/src/Tenancy/TenantResolver.php';
require __DIR__ . '/src/Http/Kernel.php';

use App\Http\Kernel;
use App\Http\Middleware\RequestIdMiddleware;
use App\Http\Pipeline;
use App\Http\ServerRequest;
use App\Tenancy\TenantResolver;
use Spiral\RoadRunner\Http\PSR7Worker;

$pipeline = new Pipeline();
$pipeline->pipe(new RequestIdMiddleware());

$kernel = new Kernel($pipeline, new TenantResolver());

$psr7 = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100), static fn (int $i): ServerRequest => new ServerRequest(
    'GET',
    '/api/invoices/' . $i,
    ['host' => "acme{$i}.app.example.com", 'x-request-id' => sprintf('req-%08d', $i)],
    '',
));

while ($request = $psr7->waitRequest()) {
    $psr7->respond($kernel->handle($request));
}
