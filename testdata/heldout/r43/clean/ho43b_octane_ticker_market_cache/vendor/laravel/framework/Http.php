<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        protected array $query = [],
        protected array $headers = [],
    ) {
    }

    public function query(?string $key = null, mixed $default = null): mixed
    {
        if ($key === null) {
            return $this->query;
        }

        return $this->query[$key] ?? $default;
    }

    public function path(): string
    {
        return $this->path;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }
}

class JsonResponse
{
    public function __construct(public readonly mixed $data, public readonly int $status = 200)
    {
    }

    public function getContent(): string
    {
        return json_encode($this->data, JSON_THROW_ON_ERROR);
    }
}
