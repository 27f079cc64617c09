<?php

namespace Nyholm\Psr7;

final class Response
{
    /** @param array<string, string> $headers */
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
        $new->headers[strtolower($name)] = $value;

        return $new;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
