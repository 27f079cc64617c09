<?php

namespace Illuminate\Http;

class Request
{
    public array $attributes = [];

    public function __construct(
        protected string $method,
        protected string $uri,
        protected array $headers = [],
        protected array $input = [],
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $input = [], array $headers = []): static
    {
        return new static(strtoupper($method), $uri, array_change_key_case($headers, \CASE_LOWER), $input);
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return trim(parse_url($this->uri, \PHP_URL_PATH) ?? '/', '/') ?: '/';
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->input[$key] ?? $default;
    }

    public function all(): array
    {
        return $this->input;
    }

    public function user(): ?object
    {
        return $this->attributes['user'] ?? null;
    }
}
