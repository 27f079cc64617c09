<?php

declare(strict_types=1);

namespace Swoole\Http;

// Stand-ins for the ext-swoole HTTP server, enough to drive the application
// callbacks from the CLI.

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
            $article = 42000 + $i;
            $request->server = [
                'request_method' => 'GET',
                'request_uri' => match ($i % 3) {
                    0 => "/api/articles/{$article}",
                    1 => "/api/articles/{$article}/comments",
                    2 => "/api/authors/" . (7000 + $i),
                },
                'remote_addr' => '172.16.0.' . ($i % 200),
            ];
            $request->header = ['accept' => 'application/json'];
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
