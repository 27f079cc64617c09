<?php

namespace Swoole\Http;

final class Request
{
    public array $server = [];
    public array $post = [];
    public array $header = [];
}

final class Response
{
    public int $status = 200;
    public string $body = '';

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $body = ''): void
    {
        $this->body = $body;
    }
}

/**
 * Stand-in for Swoole\Http\Server: the worker process keeps the callbacks
 * registered at boot and feeds them every request it accepts.
 */
final class Server
{
    /** @var array<string, \Closure> */
    private array $callbacks = [];

    public function __construct(public readonly string $host, public readonly int $port)
    {
    }

    public function on(string $event, \Closure $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    /** @param iterable<Request> $incoming */
    public function serve(iterable $incoming): void
    {
        foreach ($incoming as $request) {
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
