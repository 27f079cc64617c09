<?php

declare(strict_types=1);

require __DIR__ . '/server.php';

use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

final class CartController
{
    private array $carts = [];

    public function addItem(Request $request): array
    {
        $payload = json_decode($request->rawContent(), true, 8, JSON_THROW_ON_ERROR);
        $cartId = (int) explode('/', trim($request->server['path_info'], '/'))[2];
        $line = ['sku' => $payload['sku'], 'qty' => (int) $payload['qty']];
        $total = $line['qty'] * 1299;

        return ['cart' => $cartId, 'lines' => [$line], 'total' => $total];
    }
}

/**
 * Copies the Swoole request into PHP superglobals so that legacy helpers
 * (request_id(), client_ip(), ...) keep working inside the worker.
 */
final class SuperglobalBridge
{
    public function enter(Request $request): void
    {
        $_SERVER['REQUEST_METHOD'] = strtoupper($request->server['request_method']);
        $_SERVER['REQUEST_URI'] = $request->server['request_uri'];
        $_SERVER['REMOTE_ADDR'] = $request->server['remote_addr'];
        $_SERVER['HTTP_USER_AGENT'] = $request->header['user-agent'] ?? '';
        $_SERVER['HTTP_X_REQUEST_ID'] = $request->header['x-request-id'] ?? '';
        $_SERVER['APP_LAST_REQUEST'] = [
            'id' => $request->header['x-request-id'] ?? '',
            'uri' => $request->server['request_uri'],
            'ip' => $request->server['remote_addr'],
            'ua' => $request->header['user-agent'] ?? '',
            'at' => $request->server['request_time_float'],
            'headers' => $request->header,
        ];
    }

    public function leave(): void
    {
        unset($_SERVER['HTTP_X_REQUEST_ID'], $_SERVER['HTTP_USER_AGENT']);
    }
}

function request_id(): string
{
    return $_SERVER['HTTP_X_REQUEST_ID'] ?? 'cli';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$GLOBALS['app_stats'] = ['served' => 0, 'errors' => 0];
$bridge = new SuperglobalBridge();
$controller = new CartController();

$server = new Server('shop.internal', 9501);
$server->set(['worker_num' => 1, 'max_request' => 0]);
$server->on('workerStart', static function (Server $server, int $workerId): void {
    $_ENV['WORKER_ID'] = (string) $workerId;
});
$server->on('request', static function (Request $request, Response $response) use ($bridge, $controller): void {
    $bridge->enter($request);
    try {
        $result = $controller->addItem($request);
        $response->header('Content-Type', 'application/json');
        $response->header('X-Request-Id', request_id());
        $response->end(json_encode($result, JSON_THROW_ON_ERROR));
        $GLOBALS['app_stats']['served']++;
    } catch (\Throwable $e) {
        $GLOBALS['app_stats']['errors']++;
        $response->status(500);
        $response->end('{"error":"internal"}');
    } finally {
        $bridge->leave();
    }
});
$server->start($n);
