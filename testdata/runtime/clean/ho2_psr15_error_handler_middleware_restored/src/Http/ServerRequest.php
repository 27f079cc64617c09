<?php

namespace App\Http;

use Psr\Http\Message\ServerRequestInterface;

final class ServerRequest implements ServerRequestInterface
{
    use MessageTrait;

    private array $attributes = [];

    public function __construct(private string $method, private string $uri, array $headers = [], string $body = '')
    {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (array) $value;
        }
        $this->body = $body;
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getUri(): string
    {
        return $this->uri;
    }

    public function getParsedBody()
    {
        return json_decode($this->body, true);
    }

    public function getAttributes(): array
    {
        return $this->attributes;
    }

    public function getAttribute(string $name, $default = null)
    {
        return $this->attributes[$name] ?? $default;
    }

    public function withAttribute(string $name, $value): static
    {
        $clone = clone $this;
        $clone->attributes[$name] = $value;

        return $clone;
    }
}
