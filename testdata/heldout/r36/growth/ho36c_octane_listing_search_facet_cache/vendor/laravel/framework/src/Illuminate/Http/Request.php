<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        protected string $method,
        protected string $path,
        protected array $query = [],
        protected array $headers = [],
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = []): static
    {
        return new static($method, parse_url($uri, PHP_URL_PATH) ?: '/', $parameters, ['accept' => 'application/json']);
    }

    public function path(): string
    {
        return trim($this->path, '/');
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function integer(string $key, int $default = 0): int
    {
        return isset($this->query[$key]) ? (int) $this->query[$key] : $default;
    }

    public function all(): array
    {
        return $this->query;
    }
}
