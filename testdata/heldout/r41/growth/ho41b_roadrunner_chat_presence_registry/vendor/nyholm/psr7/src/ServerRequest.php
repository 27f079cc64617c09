<?php
declare(strict_types=1);

namespace Nyholm\Psr7;

final class ServerRequest
{
    private array $attributes = [];

    public function __construct(
        private string $method,
        private string $uri,
        private array $headers = [],
        private string $body = '',
    ) {
    }

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
        return $this->headers[strtolower($name)] ?? '';
    }

    public function getBody(): string
    {
        return $this->body;
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
    public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
    {
    }
}
