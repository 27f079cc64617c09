<?php
// Stand-in for Swoole's HTTP server: start() serves PHPLEAK_N requests,
// each through the 'request' callback.

namespace Swoole\Http;

final class Request
{
    public array $server = [];
}

final class Response
{
    public function end(string $body = ''): void
    {
    }
}

final class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function __construct(public readonly string $host, public readonly int $port)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            $request = new Request();
            $request->server = [
                'request_method' => ['GET', 'POST', 'PUT'][$i % 3],
                'request_uri' => '/orders/' . (81000 + $i) . '/lines?expand=' . str_repeat('product,', 100),
            ];
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
