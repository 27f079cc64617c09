<?php

use App\Http\Router;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

$buildRouter = require __DIR__ . '/bootstrap.php';

$server = new Server('0.0.0.0', 9502);
$server->set(['worker_num' => 8, 'max_request' => 10000, 'enable_coroutine' => true]);

/** @var Router|null $router */
$router = null;

$server->on('workerStart', static function (Server $server, int $workerId) use (&$router, $buildRouter): void {
    $router = $buildRouter();
});

$server->on('request', static function (Request $request, Response $response) use (&$router): void {
    $router->dispatch($request, $response);
});

$server->replay(static function (int $i): Request {
    return Request::create(
        ['request_method' => 'POST', 'request_uri' => '/albums/alb_' . substr(md5('album' . $i), 0, 12) . '/move', 'remote_addr' => '10.0.3.' . ($i % 200)],
        ['content-type' => 'application/json', 'authorization' => 'Bearer session-' . ($i % 50)],
        json_encode(['parent' => 'alb_' . substr(md5('parent' . ($i % 40)), 0, 12)]),
        $i,
    );
});

$server->start();
