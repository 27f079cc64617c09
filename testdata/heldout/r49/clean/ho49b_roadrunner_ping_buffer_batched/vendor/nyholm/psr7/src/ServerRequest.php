<?php
namespace Nyholm\Psr7;

class ServerRequest
{
    private array $attributes = [];

    public function __construct(
        private string $method,
        private string $uri,
        private array $headers = [],
        private string $body = '',
        private array $serverParams = [],
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
        return implode(', ', $this->headers[strtolower($name)] ?? []);
    }

    public function getBody(): string
    {
        return $this->body;
    }

    public function getServerParams(): array
    {
        return $this->serverParams;
    }

    public function withAttribute(string $name, mixed $value): static
    {
        $new = clone $this;
        $new->attributes[$name] = $value;

        return $new;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }
}
