<?php

declare(strict_types=1);

namespace GuzzleHttp\Psr7;

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

    public function withHeader(string $name, string|array $value): static
    {
        $new = clone $this;
        $new->headers[strtolower($name)] = (array) $value;

        return $new;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
