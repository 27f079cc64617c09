<?php

namespace Nyholm\Psr7;

use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\StreamInterface;

final class ServerRequest implements ServerRequestInterface
{
    private array $headers = [];
    private array $attributes = [];
    private mixed $parsedBody = null;
    private StreamInterface $stream;

    public function __construct(private string $method, private string $uri, array $headers = [], $body = null, string $version = '1.1', private array $serverParams = [])
    {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (array) $value;
        }
        $this->stream = Stream::create((string) $body);
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getRequestTarget(): string
    {
        return $this->uri;
    }

    public function getParsedBody(): mixed
    {
        return $this->parsedBody;
    }

    public function withParsedBody($data): static
    {
        $new = clone $this;
        $new->parsedBody = $data;

        return $new;
    }

    public function getAttribute(string $name, $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }

    public function withAttribute(string $name, $value): static
    {
        $new = clone $this;
        $new->attributes[$name] = $value;

        return $new;
    }

    public function getServerParams(): array
    {
        return $this->serverParams;
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

    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function getBody(): StreamInterface
    {
        return $this->stream;
    }

    public function withBody(StreamInterface $body): static
    {
        $new = clone $this;
        $new->stream = $body;

        return $new;
    }
}
