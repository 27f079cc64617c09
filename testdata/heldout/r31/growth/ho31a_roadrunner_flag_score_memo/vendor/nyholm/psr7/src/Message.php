<?php

namespace Nyholm\Psr7;

final class ServerRequest
{
    public function __construct(
        private string $method,
        private string $path,
        private array $headers = [],
        private ?array $parsedBody = null,
        private array $attributes = [],
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

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function getParsedBody(): ?array
    {
        return $this->parsedBody;
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
    public function __construct(public readonly int $status = 200, public readonly array $headers = [], public readonly string $body = '')
    {
    }
}
