<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

// Stand-in for spiral/roadrunner-http: hands the PHP worker one request at a
// time until the pool tells it to stop.
final class ServerRequest
{
    public function __construct(
        private string $method,
        private string $path,
        private array $query,
        private array $headers,
        private array $parsedBody,
    ) {
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getQueryParams(): array
    {
        return $this->query;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function getParsedBody(): array
    {
        return $this->parsedBody;
    }
}

final class PSR7Worker
{
    private int $served = 0;

    /** @param \Closure(int): ?ServerRequest $source */
    public function __construct(private \Closure $source)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        return ($this->source)($this->served++);
    }

    public function respond(int $status, string $body): void
    {
    }
}
