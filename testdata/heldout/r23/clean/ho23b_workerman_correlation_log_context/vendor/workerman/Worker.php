<?php

declare(strict_types=1);

namespace Workerman;

final class Request
{
    /** @param array<string, string> $headers */
    public function __construct(
        private readonly string $method,
        private readonly string $path,
        private readonly array $headers,
        private readonly string $body,
    ) {
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return $this->path;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }

    public function rawBody(): string
    {
        return $this->body;
    }
}

final class Response
{
    /** @param array<string, string> $headers */
    public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body)
    {
    }
}

final class TcpConnection
{
    public ?Response $lastResponse = null;

    public function send(Response $response): void
    {
        $this->lastResponse = $response;
    }
}

final class Worker
{
    /** @var null|callable(TcpConnection, Request): void */
    public $onMessage = null;

    public function __construct(public readonly string $listen)
    {
    }

    /** Called by the event loop for every HTTP request read from a connection. */
    public function dispatch(TcpConnection $connection, Request $request): void
    {
        ($this->onMessage)($connection, $request);
    }
}
