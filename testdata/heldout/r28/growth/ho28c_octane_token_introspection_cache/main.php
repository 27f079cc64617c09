<?php

require __DIR__ . '/vendor/octane/Container.php';
require __DIR__ . '/vendor/octane/Worker.php';
require __DIR__ . '/vendor/octane/helpers.php';
require __DIR__ . '/app/Auth/AuthorizationServerClient.php';
require __DIR__ . '/app/Auth/CachingTokenIntrospector.php';
require __DIR__ . '/app/Http/AuthenticateWithIntrospection.php';
require __DIR__ . '/app/Http/OrdersController.php';

use App\Auth\AuthorizationServerClient;
use App\Auth\CachingTokenIntrospector;
use App\Http\AuthenticateWithIntrospection;
use App\Http\OrdersController;
use Illuminate\Container\Container;
use Laravel\Octane\Worker;

// --- boot (once per worker) -------------------------------------------------
$app = Container::getInstance();
$app->setConfig([
    'oauth.introspection_endpoint' => 'https://auth.example.com/oauth2/introspect',
    'oauth.client_id' => 'orders-api',
    'oauth.client_secret' => 's3cr3t-orders-api',
    'oauth.introspection_ttl' => 300,
    'oauth.introspection_sweep_threshold' => 10000,
]);
$app->singleton(AuthorizationServerClient::class, static fn () => new AuthorizationServerClient(
    config('oauth.introspection_endpoint'),
    config('oauth.client_id'),
    config('oauth.client_secret'),
));
$app->singleton(CachingTokenIntrospector::class, static fn (Container $c) => new CachingTokenIntrospector(
    $c->make(AuthorizationServerClient::class),
    (int) config('oauth.introspection_ttl', 60),
    (int) config('oauth.introspection_sweep_threshold', 1000),
));

$worker = new Worker($app);
$worker->pushMiddleware(new AuthenticateWithIntrospection());
$controller = new OrdersController();

// --- request loop -----------------------------------------------------------
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$start = 1_700_000_000;
for ($i = 0; $i < $n; $i++) {
    $token = bin2hex(random_bytes(24));
    $request = [
        'method' => 'GET',
        'uri' => '/api/orders?page=' . ($i % 5 + 1),
        'headers' => ['authorization' => 'Bearer ' . $token, 'accept' => 'application/json'],
        'time' => $start + $i * 2,
    ];
    $worker->handle($request, [$controller, 'index']);
}
