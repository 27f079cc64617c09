<?php

namespace Nyholm\Psr7;

final class ServerRequest
{
    private array $parsedBody = [];

    public function __construct(private string $method, private string $uri, private array $headers = [])
    {
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

    public function withParsedBody(array $data): self
    {
        $clone = clone $this;
        $clone->parsedBody = $data;
        return $clone;
    }

    public function getParsedBody(): array
    {
        return $this->parsedBody;
    }
}

final class Response
{
    public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
    {
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }
}
