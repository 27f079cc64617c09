<?php
// Modelled on hyperf/hyperf https://github.com/hyperf/hyperf/pull/2768: a handshake without a route class now throws, and the catch block deletes the fd from FdCollector and releases its WsContext
declare(strict_types=1);

namespace Hyperf\Context;

/** Coroutine context stand-in: Swoole destroys it when the handshake coroutine ends. */
final class Context
{
    private static array $nonCoContext = [];

    public static function set(string $id, $value)
    {
        return self::$nonCoContext[$id] = $value;
    }

    public static function get(string $id, $default = null)
    {
        return self::$nonCoContext[$id] ?? $default;
    }

    public static function destroyCoroutine(): void
    {
        self::$nonCoContext = [];
    }
}

namespace Hyperf\WebSocketServer\Collector;

final class Fd
{
    public function __construct(public int $fd, public string $class)
    {
    }
}

final class FdCollector
{
    protected static array $fds = [];

    public static function set(int $id, string $class): void
    {
        static::$fds[$id] = new Fd($id, $class);
    }

    public static function get(int $id): ?Fd
    {
        return static::$fds[$id] ?? null;
    }

    public static function del(int $id): void
    {
        unset(static::$fds[$id]);
    }
}

namespace Hyperf\WebSocketServer;

use Hyperf\Context\Context as CoContext;
use Hyperf\WebSocketServer\Collector\FdCollector;
use Hyperf\WebSocketServer\Context as WsContext;
use Throwable;

class Context
{
    public const FD = 'ws.fd';

    protected static array $container = [];

    public static function set(string $id, $value)
    {
        $fd = CoContext::get(Context::FD, 0);
        // data_set(self::$container, "{$fd}.{$id}", $value)
        self::$container[strval($fd)][$id] = $value;
        return $value;
    }

    public static function get(string $id, $default = null, $fd = null)
    {
        $fd = $fd ?? CoContext::get(Context::FD, 0);
        return self::$container[strval($fd)][$id] ?? $default;
    }

    public static function release(?int $fd = null): void
    {
        $fd = $fd ?? CoContext::get(Context::FD, 0);
        unset(self::$container[strval($fd)]);
    }
}

final class WebSocketHandeShakeException extends \RuntimeException
{
}

final class Request
{
    public array $attributes = [];

    public function __construct(public int $fd, public string $path, public array $headers)
    {
    }
}

final class Response
{
    public int $status = 101;
    public ?string $class = null;
}

class Server
{
    /** @param array<int, callable> $middlewares @param array<string, string> $routes */
    public function __construct(private array $middlewares, private array $routes)
    {
    }

    public function onHandShake(Request $request, Response $response): void
    {
        try {
            $fd = $request->fd;
            CoContext::set(WsContext::FD, $fd);

            if (strlen($request->headers['sec-websocket-key'] ?? '') !== 24) {
                throw new WebSocketHandeShakeException('sec-websocket-key is invalid!');
            }

            foreach ($this->middlewares as $middleware) {
                $middleware($request);
            }
            $class = $this->routes[$request->path] ?? null;

            if (empty($class)) {
                throw new WebSocketHandeShakeException('WebSocket hande shake failed, because the class does not exists.');
            }

            FdCollector::set($fd, $class);
            $response->class = $class;
            $this->deferOnOpen($request, $class);
        } catch (Throwable $throwable) {
            // Delegate the exception to exception handler.
            $response->status = $throwable->getCode() ?: 400;
            FdCollector::del($request->fd);
            WsContext::release($request->fd);
        } finally {
            CoContext::destroyCoroutine();
        }
    }

    public function onClose(int $fd): void
    {
        $fdObj = FdCollector::get($fd);
        if (! $fdObj) {
            return;
        }
        FdCollector::del($fd);
        WsContext::release($fd);
    }

    protected function deferOnOpen(Request $request, string $class): void
    {
        CoContext::set(WsContext::FD, $request->fd);
        (new $class())->onOpen($request);
    }
}

namespace App;

use Hyperf\WebSocketServer\Context as WsContext;
use Hyperf\WebSocketServer\Request;
use Hyperf\WebSocketServer\Response;
use Hyperf\WebSocketServer\Server;

final class ChatController
{
    public function onOpen(Request $request): void
    {
        WsContext::set('room', 'lobby');
    }
}

/** Resolves the JWT in the query string and keeps the user for onOpen/onMessage. */
$authMiddleware = static function (Request $request): void {
    $claims = ['sub' => $request->headers['x-user'], 'roles' => ['member', 'chat'], 'profile' => str_repeat('{"k":"v"},', 60)];
    WsContext::set('user', $claims);
};

// Swoole WebSocket worker: one real chat client per tick, plus an old mobile build retrying the removed /socket.io/ path.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server = new Server([$authMiddleware], ['/chat' => ChatController::class]);
$fd = 0;
for ($i = 0; $i < $n; $i++) {
    $ok = new Request(++$fd, '/chat', ['sec-websocket-key' => base64_encode(random_bytes(16)), 'x-user' => 'user-' . $i]);
    $server->onHandShake($ok, new Response());
    $server->onClose($ok->fd);

    $stale = new Request(++$fd, '/socket.io/', ['sec-websocket-key' => base64_encode(random_bytes(16)), 'x-user' => 'legacy-' . $i]);
    $server->onHandShake($stale, new Response());
    $server->onClose($stale->fd);
}
