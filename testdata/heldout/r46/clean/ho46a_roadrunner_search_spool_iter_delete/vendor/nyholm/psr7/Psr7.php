<?php

namespace Nyholm\Psr7;

final class ServerRequest
{
    private array $attributes = [];

    public function __construct(
        private string $method,
        private string $path,
        private array $query = [],
        private array $headers = [],
    ) {
    }

    public function getMethod(): string { return $this->method; }
    public function getPath(): string { return $this->path; }
    public function getQueryParams(): array { return $this->query; }
    public function getHeaderLine(string $name): string { return $this->headers[strtolower($name)] ?? ''; }
    public function getAttribute(string $name, mixed $default = null): mixed { return $this->attributes[$name] ?? $default; }

    public function withAttribute(string $name, mixed $value): self
    {
        $new = clone $this;
        $new->attributes[$name] = $value;

        return $new;
    }
}

final class Response
{
    public function __construct(
        private int $status = 200,
        private array $headers = [],
        private string $body = '',
    ) {
    }

    public function getStatusCode(): int { return $this->status; }
    public function getBody(): string { return $this->body; }

    public function withHeader(string $name, string $value): self
    {
        $new = clone $this;
        $new->headers[strtolower($name)] = $value;

        return $new;
    }
}
