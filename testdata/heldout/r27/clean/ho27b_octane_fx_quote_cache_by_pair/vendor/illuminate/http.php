<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        private string $method,
        private string $path,
        private array $query = [],
        private array $headers = [],
    ) {
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return $this->path;
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }
}

class JsonResponse
{
    private string $content;

    public function __construct(array $data, private int $status = 200)
    {
        $this->content = json_encode($data, JSON_THROW_ON_ERROR);
    }

    public function status(): int
    {
        return $this->status;
    }

    public function getContent(): string
    {
        return $this->content;
    }
}
