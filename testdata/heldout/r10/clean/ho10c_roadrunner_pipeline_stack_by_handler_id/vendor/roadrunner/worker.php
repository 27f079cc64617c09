<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

final class ServerRequest
{
    private array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers = [],
        public readonly array $query = [],
    ) {
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function withAttribute(string $name, mixed $value): self
    {
        $clone = clone $this;
        $clone->attributes[$name] = $value;
        return $clone;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body, public readonly array $headers = [])
    {
    }

    public function withHeader(string $name, string $value): self
    {
        return new self($this->status, $this->body, [$name => $value] + $this->headers);
    }
}

/** Stand-in for PSR7Worker reading requests off the RoadRunner relay. */
final class PSR7Worker
{
    private int $received = 0;

    public function __construct(private int $limit)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->received >= $this->limit) {
            return null;
        }
        $n = $this->received++;
        $path = $n % 4 === 3 ? '/healthz' : sprintf('/v1/accounts/%d/invoices/%d', 90 + $n % 30, 100000 + $n);
        return new ServerRequest('GET', $path, [
            'authorization' => 'Bearer ' . hash('sha1', 'token' . ($n % 30)),
            'accept' => 'application/json',
        ], ['expand' => 'lines']);
    }

    public function respond(Response $response): void
    {
    }
}
