<?php

declare(strict_types=1);

namespace Swoole\Http;

final class Request
{
    /** @param array<string, string> $header */
    public function __construct(public array $header = [], public array $server = [])
    {
    }
}

final class Response
{
    public string $body = '';

    public function end(string $body): void
    {
        $this->body = $body;
    }
}

/** Stand-in for Swoole\Http\Server: dispatches N requests to the "request" callback. */
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

    public function start(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $request = new Request(['host' => "shop-{$i}.tenants.example.com"], ['request_uri' => '/reports/totals']);
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
