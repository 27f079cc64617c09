<?php

declare(strict_types=1);

namespace Illuminate\Http;

class Request
{
    /**
     * @param array<string, string> $query
     * @param array<string, string> $headers
     */
    public function __construct(
        private string $method,
        private string $uri,
        private array $query = [],
        private array $headers = [],
        private string $content = '',
    ) {}

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return trim((string) parse_url($this->uri, PHP_URL_PATH), '/');
    }

    public function query(string $key, ?string $default = null): ?string
    {
        return $this->query[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[$key] ?? $default;
    }

    public function getContent(): string
    {
        return $this->content;
    }
}

class Response
{
    /**
     * @param array<string, string> $headers
     */
    public function __construct(public string $content = '', public int $status = 200, public array $headers = []) {}
}
