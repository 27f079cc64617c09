<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $queryParams = [],
        public readonly array $headers = [],
    ) {
    }

    public function getQueryParams(): array
    {
        return $this->queryParams;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }
}

final class Response
{
    public function __construct(
        public readonly int $status,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }
}

interface RelayInterface
{
    public function receive(): ?array;

    public function send(int $status, array $headers, string $body): void;
}

/** Pipe relay stand-in: plays back a fixed number of requests built by a callback. */
final class ReplayRelay implements RelayInterface
{
    private int $sent = 0;
    private int $bytesOut = 0;

    public function __construct(private readonly int $limit, private readonly \Closure $frames)
    {
    }

    public function receive(): ?array
    {
        if ($this->sent >= $this->limit) {
            return null;
        }

        return ($this->frames)($this->sent++);
    }

    public function send(int $status, array $headers, string $body): void
    {
        $this->bytesOut += strlen($body);
    }
}

final class PSR7Worker
{
    public function __construct(private RelayInterface $relay)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        $frame = $this->relay->receive();
        if ($frame === null) {
            return null;
        }

        return new ServerRequest($frame['method'], $frame['uri'], $frame['query'] ?? [], $frame['headers'] ?? []);
    }

    public function respond(Response $response): void
    {
        $this->relay->send($response->status, $response->headers, $response->body);
    }
}
