<?php
// A RoadRunner PSR-7 worker records request latency in a Prometheus-style histogram held by a middleware for the life of the worker.
require __DIR__ . '/src/Stub/RoadRunner.php';
require __DIR__ . '/src/Http/Router.php';
require __DIR__ . '/src/Metrics/Histogram.php';
require __DIR__ . '/src/Http/MetricsMiddleware.php';

use App\Http\MetricsMiddleware;
use App\Http\Router;
use App\Metrics\Histogram;
use Nyholm\Psr7\Response;
use Spiral\RoadRunner\Http\PSR7Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$router = (new Router())->add('order_show', '/orders/\d+')->add('customer_invoices', '/customers/\d+/invoices')->add('health', '/health');

$middleware = new MetricsMiddleware(new Histogram('http_request_duration_seconds'));
$worker = new PSR7Worker($n);

while ($request = $worker->waitRequest()) {
    $request = $router->match($request);
    $response = $middleware->process($request, fn ($r) => new Response(200, 'route ' . $r->getAttribute('_route')));
    $worker->respond($response);
}
