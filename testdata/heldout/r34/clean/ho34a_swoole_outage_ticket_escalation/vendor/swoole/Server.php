<?php
declare(strict_types=1);

namespace Swoole\Http;

/** Stand-ins for the ext-swoole HTTP server classes, enough to drive a worker. */
final class Request
{
    public array $header = [];
    public array $server = [];

    public function __construct(private readonly string $content)
    {
    }

    public function getContent(): string
    {
        return $this->content;
    }
}

final class Response
{
    public int $status = 200;

    public function header(string $name, string $value): void
    {
    }

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $body = ''): bool
    {
        return true;
    }
}

final class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    /** @param \Closure(int): Request $requestSource test driver that plays the OMS feed */
    public function __construct(public readonly string $host, public readonly int $port, private readonly \Closure $requestSource)
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
            $this->callbacks['request'](($this->requestSource)($i), new Response());
        }
    }
}
