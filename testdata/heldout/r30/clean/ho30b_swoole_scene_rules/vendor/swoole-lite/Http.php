<?php

namespace Swoole\Http;

class Request
{
    public array $header = [];
    public array $server = [];
    public ?array $post = null;

    public function __construct(private string $body = '')
    {
    }

    public function getContent(): string
    {
        return $this->body;
    }
}

class Response
{
    public int $statusCode = 200;
    private string $sent = '';

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function header(string $name, string $value): void
    {
    }

    public function end(string $body = ''): void
    {
        $this->sent = $body;
    }
}

class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function __construct(private string $host, private int $port)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    /** Stand-in for the reactor: feeds the worker $requests requests. */
    public function start(callable $nextRequest, int $requests): void
    {
        ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
        for ($i = 0; $i < $requests; $i++) {
            $this->callbacks['request']($nextRequest($i), new Response());
        }
    }
}
