<?php

declare(strict_types=1);

namespace Swoole\Http;

// Stand-ins for the ext-swoole HTTP server classes, enough to drive the
// application callbacks from the CLI.

final class Request
{
    public array $header = [];
    public array $server = [];
    public array $get = [];
    public int $fd = 0;
}

final class Response
{
    public int $statusCode = 200;
    public array $headers = [];
    public string $content = '';

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function header(string $name, string $value): void
    {
        $this->headers[$name] = $value;
    }

    public function end(string $content = ''): void
    {
        $this->content = $content;
    }
}

final class Server
{
    private array $callbacks = [];

    public function __construct(public string $host, public int $port)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $limit; $i++) {
            $request = new Request();
            $request->fd = $i % 64 + 1;
            $request->header = [
                'host' => sprintf('shop%d.storefront.example', 1000 + $i),
                'x-shard' => ['eu-west', 'us-east', 'ap-south'][$i % 3],
            ];
            $request->server = ['request_uri' => '/api/orders', 'request_method' => 'GET'];
            $request->get = ['page' => (string) ($i % 5 + 1)];
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
