<?php
// Swoole HTTP server: the 'request' callback runs once per request and calls the order controller,
// whose idempotency guard (created once, before start()) remembers every request id.

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

$controller = new OrderController(new IdempotencyGuard());

$server->on('request', function (Request $request, Response $response) use ($controller): void {
    $result = $controller->store($request->header['x-request-id'] ?? '', (string) $request->getContent(), $request->server['request_time']);
    $response->status($result['status']);
    $response->header('Content-Type', 'application/json');
    $response->end(json_encode($result['body']));
});

$server->start();
