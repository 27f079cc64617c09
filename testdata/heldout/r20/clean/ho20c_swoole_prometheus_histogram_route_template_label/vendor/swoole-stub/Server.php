<?php

declare(strict_types=1);

namespace Swoole\Http;

final class Request
{
    public array $server = [];
    public array $header = [];
    public array $get = [];
}

final class Response
{
    public int $status = 200;
    public string $body = '';

    public function end(string $body = ''): void
    {
        $this->body = $body;
    }
}

/** In-process stand-in: start() replays $requests through the "request" callback. */
final class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function __construct(public readonly string $host, public readonly int $port, private readonly iterable $requests)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        foreach ($this->requests as $request) {
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
