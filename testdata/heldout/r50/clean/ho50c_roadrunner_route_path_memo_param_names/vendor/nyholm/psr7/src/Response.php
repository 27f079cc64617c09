<?php

namespace Nyholm\Psr7;

use Psr\Http\Message\ResponseInterface;

final class Response implements ResponseInterface
{
    public function __construct(
        private int $status = 200,
        private array $headers = [],
        private string $body = '',
    ) {
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }

    public function withHeader(string $name, string $value): static
    {
        $new = clone $this;
        $new->headers[$name] = $value;

        return $new;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
