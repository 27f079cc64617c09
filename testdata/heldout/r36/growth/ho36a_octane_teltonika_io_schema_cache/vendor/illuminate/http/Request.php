<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        protected readonly array $headers,
        protected readonly string $content,
    ) {
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }

    public function getContent(): string
    {
        return $this->content;
    }
}

class Response
{
    public function __construct(public readonly string $content = '', public readonly int $status = 200)
    {
    }
}
