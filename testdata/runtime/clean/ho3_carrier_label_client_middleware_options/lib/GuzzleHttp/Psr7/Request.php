<?php

declare(strict_types=1);

namespace GuzzleHttp\Psr7;

/**
 * Immutable HTTP request message.
 */
final class Request
{
    /**
     * @param array<string, list<string>> $headers
     */
    public function __construct(
        private string $method,
        private string $uri,
        private array $headers = [],
        private string $body = '',
    ) {}

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getUri(): string
    {
        return $this->uri;
    }

    public function getHeaderLine(string $name): string
    {
        return implode(', ', $this->headers[strtolower($name)] ?? []);
    }

    public function withHeader(string $name, string $value): self
    {
        $new = clone $this;
        $new->headers[strtolower($name)] = [$value];

        return $new;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}

final class Response
{
    public function __construct(private int $status = 200, private string $body = '') {}

    public function getStatusCode(): int
    {
        return $this->status;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
