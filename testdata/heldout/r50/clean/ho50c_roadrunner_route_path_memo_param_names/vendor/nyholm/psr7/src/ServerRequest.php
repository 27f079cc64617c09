<?php

namespace Nyholm\Psr7;

use Psr\Http\Message\ServerRequestInterface;

final class ServerRequest implements ServerRequestInterface
{
    private array $attributes = [];

    private array $query = [];

    public function __construct(
        private string $method,
        private string $uri,
        private array $headers = [],
        private string $body = '',
    ) {
        parse_str((string) parse_url($uri, PHP_URL_QUERY), $this->query);
        $this->headers = array_change_key_case($headers);
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getUri(): string
    {
        return $this->uri;
    }

    public function getQueryParams(): array
    {
        return $this->query;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }

    public function withAttribute(string $name, mixed $value): static
    {
        $new = clone $this;
        $new->attributes[$name] = $value;

        return $new;
    }
}
