<?php

namespace Swoole\Http;

/** Minimal stand-in for the Swoole HTTP server: start() feeds PHPLEAK_N requests. */
class Request
{
    public array $get = [];
    public array $header = [];
    public ?array $post = null;

    public function getContent(): string|false
    {
        return json_encode($this->post);
    }
}

class Response
{
    public int $statusCode = 200;
    public array $headers = [];

    public function header(string $key, string $value): void
    {
        $this->headers[$key] = $value;
    }

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function end(string $content = ''): void
    {
    }
}

class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    /** @var callable */
    private $feeder;

    public function __construct(public readonly string $host, public readonly int $port)
    {
    }

    public function set(array $settings): void
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function feedWith(callable $feeder): void
    {
        $this->feeder = $feeder;
    }

    public function start(): bool
    {
        ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            $request = new Request();
            ($this->feeder)($request, $i);
            ($this->callbacks['request'])($request, new Response());
        }

        return true;
    }
}
