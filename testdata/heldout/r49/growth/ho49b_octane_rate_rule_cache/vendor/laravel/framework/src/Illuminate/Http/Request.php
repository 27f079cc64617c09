<?php
namespace Illuminate\Http;

class Request
{
    public array $attributes = [];

    public function __construct(
        public string $method,
        public string $uri,
        public array $query = [],
        public array $headers = [],
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = [], array $headers = []): static
    {
        return new static($method, $uri, $parameters, $headers + ['accept' => 'application/json']);
    }

    public function path(): string
    {
        return trim(parse_url($this->uri, PHP_URL_PATH) ?? '/', '/');
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function integer(string $key, int $default = 0): int
    {
        return (int) ($this->query[$key] ?? $default);
    }
}
