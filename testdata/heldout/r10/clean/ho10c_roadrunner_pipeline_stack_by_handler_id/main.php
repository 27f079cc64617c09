<?php

declare(strict_types=1);

require __DIR__ . '/vendor/roadrunner/worker.php';
require __DIR__ . '/src/Middleware/contracts.php';
require __DIR__ . '/src/Middleware/Pipeline.php';
require __DIR__ . '/src/Middleware/global.php';
require __DIR__ . '/src/Http/Router.php';

use Billing\Http\BearerAuth;
use Billing\Http\InvoiceController;
use Billing\Http\JsonContentType;
use Billing\Http\Pipeline;
use Billing\Http\Router;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\Response;

$invoices = new InvoiceController();
$router = new Router();
$router->add('health', '#^/healthz$#', static fn () => new Response(200, '{"ok":true}'));
$router->add('invoices.show', '#^/v1/accounts/(?P<account>\d+)/invoices/(?P<invoice>\d+)$#', $invoices->show(...));

$pipeline = new Pipeline([new BearerAuth(), new JsonContentType()]);
$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $worker->waitRequest()) {
    try {
        $handler = $router->match($request);
        $worker->respond($handler === null
            ? new Response(404, '{"error":"not_found"}')
            : $pipeline->dispatch($request, $handler));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, '{"error":"internal"}'));
    }
}
