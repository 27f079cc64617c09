<?php

declare(strict_types=1);

namespace Swoole\Http;

/** Stand-ins for the swoole extension's HTTP server (no extension needed). */
final class Request
{
    public array $header = [];
    public array $server = [];

    public function __construct(private readonly string $body)
    {
    }

    public function rawContent(): string
    {
        return $this->body;
    }
}

final class Response
{
    public int $statusCode = 200;

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function end(string $content = ''): void
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
        $requests = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $requests; $i++) {
            $request = new Request(json_encode(['order' => 70_000 + $i, 'amount_cents' => 1999 + $i, 'currency' => 'EUR']));
            $request->header = ['x-request-id' => sprintf('req-%08x-%04d', crc32((string) $i), $i)];
            $request->server = ['request_uri' => '/orders/capture', 'request_method' => 'POST'];
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
