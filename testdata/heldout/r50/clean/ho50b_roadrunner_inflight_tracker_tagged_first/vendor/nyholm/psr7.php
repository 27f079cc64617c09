<?php

namespace Nyholm\Psr7;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

trait MessageTrait
{
    private array $headers = [];

    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function getHeaderLine(string $name): string
    {
        return implode(', ', $this->headers[strtolower($name)] ?? []);
    }

    public function withHeader(string $name, $value): static
    {
        $new = clone $this;
        $new->headers[strtolower($name)] = (array) $value;

        return $new;
    }
}

final class ServerRequest implements ServerRequestInterface
{
    use MessageTrait;

    private array $attributes = [];
    private array $queryParams = [];

    public function __construct(
        private string $method,
        private string $uri,
        array $headers = [],
        private string $body = '',
        private array $serverParams = [],
    ) {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (array) $value;
        }
        parse_str((string) parse_url($uri, PHP_URL_QUERY), $this->queryParams);
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getUri(): string
    {
        return $this->uri;
    }

    public function getServerParams(): array
    {
        return $this->serverParams;
    }

    public function getQueryParams(): array
    {
        return $this->queryParams;
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
        $new = clone $this;
        $new->attributes[$name] = $value;

        return $new;
    }
}

final class Response implements ResponseInterface
{
    use MessageTrait;

    public function __construct(private int $status = 200, array $headers = [], private string $body = '')
    {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (array) $value;
        }
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }

    public function withStatus(int $code): static
    {
        $new = clone $this;
        $new->status = $code;

        return $new;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
