<?php

namespace App\Http;

trait MessageTrait
{
    /** @var array<string, list<string>> */
    private array $headers = [];
    private string $body = '';

    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function hasHeader(string $name): bool
    {
        return isset($this->headers[strtolower($name)]);
    }

    public function getHeaderLine(string $name): string
    {
        return implode(', ', $this->headers[strtolower($name)] ?? []);
    }

    public function withHeader(string $name, $value): static
    {
        $clone = clone $this;
        $clone->headers[strtolower($name)] = (array) $value;

        return $clone;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
