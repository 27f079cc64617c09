<?php
// An HTTP worker runs each request through a middleware that adds a query
// listener to Symfony's long-lived event dispatcher, hands the request on
// with $next($request), and removes the listener afterwards. Every second
// request fails with an exception, which the worker turns into an error
// page: the exception leaves the middleware before removeListener(), and
// the listener (with the request it captures) stays.

require __DIR__ . '/vendor/symfony/EventDispatcher.php';
require __DIR__ . '/src/Http.php';

use App\Http\OrderController;
use App\Http\QueryTimingMiddleware;
use Symfony\Component\EventDispatcher\EventDispatcher;

$events = new EventDispatcher();
$middleware = new QueryTimingMiddleware($events);
$controller = new OrderController($events);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = ['id' => $i, 'path' => '/orders/' . $i . '?' . str_repeat('x', 300)];
    try {
        $page = $middleware->handle($request, fn (array $r): string => $controller->show($r));
    } catch (\RuntimeException $e) {
        $page = 'error: ' . $e->getMessage();
    }
}
