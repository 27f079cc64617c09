<?php
// Swoole HTTP server: the 'request' callback runs once per request and builds its own order
// controller and idempotency guard, locals of the callback that die with the request.

require_once __DIR__ . '/vendor/swoole/ide-helper/src/swoole.php';
require_once __DIR__ . '/src/Idempotency/IdempotencyGuard.php';
require_once __DIR__ . '/src/Controller/OrderController.php';

use App\Controller\OrderController;
use App\Idempotency\IdempotencyGuard;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

// The stand-in server serves PHPLEAK_N requests (default 100) in this process, then shuts down.
$server = new Server('0.0.0.0', 9501, SWOOLE_BASE);
$server->set(['worker_num' => 1, 'max_request' => 0, 'enable_coroutine' => false]);

$server->on('request', function (Request $request, Response $response): void {
    $controller = new OrderController(new IdempotencyGuard());
    $result = $controller->store($request->header['x-request-id'] ?? '', (string) $request->getContent(), $request->server['request_time']);
    $response->status($result['status']);
    $response->header('Content-Type', 'application/json');
    $response->end(json_encode($result['body']));
});

$server->start();
