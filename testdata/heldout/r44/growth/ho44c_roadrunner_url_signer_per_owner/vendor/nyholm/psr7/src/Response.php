<?php

namespace Nyholm\Psr7;

use Psr\Http\Message\ResponseInterface;

class Response implements ResponseInterface
{
    public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
    {
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

    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function withHeader(string $name, string|array $value): static
    {
        $new = clone $this;
        $new->headers[$name] = (array) $value;

        return $new;
    }

    public function getBody(): string
    {
        return $this->body;
    }

    public function withBody(string $body): static
    {
        $new = clone $this;
        $new->body = $body;

        return $new;
    }
}
