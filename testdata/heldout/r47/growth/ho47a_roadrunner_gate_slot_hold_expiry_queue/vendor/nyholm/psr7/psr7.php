<?php
// Tiny PSR-7 stand-in (only what the gate app touches).

namespace Nyholm\Psr7;

class ServerRequest
{
    /** @param array<string,string> $headers */
    public function __construct(
        private string $method,
        private string $path,
        private array $headers = [],
        private string $body = '',
        private array $attributes = [],
    ) {}

    public function getMethod(): string { return $this->method; }
    public function getPath(): string { return $this->path; }
    public function getHeaderLine(string $name): string { return $this->headers[strtolower($name)] ?? ''; }
    public function getBody(): string { return $this->body; }
    public function getAttribute(string $name, mixed $default = null): mixed { return $this->attributes[$name] ?? $default; }
    public function withAttribute(string $name, mixed $value): static
    {
        $clone = clone $this;
        $clone->attributes[$name] = $value;
        return $clone;
    }
}

class Response
{
    /** @param array<string,string> $headers */
    public function __construct(
        public readonly int $status = 200,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {}
}
