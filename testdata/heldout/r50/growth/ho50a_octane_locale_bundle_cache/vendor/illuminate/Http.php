<?php

namespace Illuminate\Http;

class Request
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private array $headers = [],
        private array $attributes = [],
    ) {
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }

    public function setAttribute(string $key, mixed $value): void
    {
        $this->attributes[$key] = $value;
    }

    public function attribute(string $key, mixed $default = null): mixed
    {
        return $this->attributes[$key] ?? $default;
    }
}

class Response
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $content,
        public readonly int $status = 200,
        public array $headers = [],
    ) {
    }
}
