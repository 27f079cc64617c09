<?php

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Support/ResolvesRequestSignature.php';
require __DIR__ . '/app/Http/Middleware/ThrottleRequests.php';
require __DIR__ . '/app/Http/Controllers/OrderController.php';
require __DIR__ . '/app/Http/Kernel.php';

use Illuminate\Foundation\Application;
use Illuminate\Http\Request;

$app = new Application(__DIR__);
$app->config = [
    'octane' => require __DIR__ . '/config/octane.php',
    'throttle' => require __DIR__ . '/config/throttle.php',
];

$app->singleton(\Illuminate\Cache\ArrayStore::class, fn () => new \Illuminate\Cache\ArrayStore());
$app->singleton(\Illuminate\Cache\RateLimiter::class, fn (Application $app) => new \Illuminate\Cache\RateLimiter(
    $app->make(\Illuminate\Cache\ArrayStore::class),
));
$app->singleton(\Illuminate\Routing\Router::class, function () {
    $router = new \Illuminate\Routing\Router();
    require __DIR__ . '/routes.php';
    return $router;
});
$app->bind(\Illuminate\Foundation\Http\Kernel::class, fn (Application $app) => new \App\Http\Kernel(
    $app->make(Application::class),
    $app->make(\Illuminate\Routing\Router::class),
));
$app->bind(\App\Http\Middleware\ThrottleRequests::class, fn (Application $app) => new \App\Http\Middleware\ThrottleRequests(
    $app->make(Application::class),
));

$worker = new \Laravel\Octane\Worker($app);
$worker->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$clients = ['10.0.0.11', '10.0.0.12', '10.0.0.13'];
for ($i = 0; $i < $n; $i++) {
    $order = 40000 + $i;
    $uri = $i % 4 === 3 ? "/orders/{$order}/invoice" : "/orders/{$order}?include=items";
    $request = new Request('GET', $uri, ['REMOTE_ADDR' => $clients[$i % 3]], ['accept' => 'application/json']);
    $response = $worker->handle($request);
    unset($request, $response);
}
