<?php

declare(strict_types=1);

require __DIR__ . '/vendor/promphp/src/CollectorRegistry.php';
require __DIR__ . '/vendor/swoole-stub/Server.php';
require __DIR__ . '/src/Metrics/Metrics.php';
require __DIR__ . '/src/Http/Kernel.php';

use App\Http\Kernel;
use App\Http\Router;
use Swoole\Http\Request;
use Swoole\Http\Server;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$incoming = (static function (int $n): Generator {
    for ($i = 1; $i <= $n; $i++) {
        $request = new Request();
        $request->server = [
            'request_method' => $i % 5 === 0 ? 'POST' : 'GET',
            'request_uri' => $i % 5 === 0 ? "/carts/{$i}/items" : '/orders/' . (48000 + $i),
        ];
        $request->header = ['accept' => 'application/json', 'x-request-id' => md5((string) $i)];
        yield $request;
    }
})($n);

$router = new Router([
    '/orders/{id}' => 'OrderController@show',
    '/carts/{cart}/items' => 'CartController@addItem',
    '/health' => 'HealthController',
]);

$server = new Server('0.0.0.0', 9501, $incoming);
$server->on('request', new Kernel($router));
$server->start();
