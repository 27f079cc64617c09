<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        private array $json,
        private array $headers = [],
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->json[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }

    public function all(): array
    {
        return $this->json;
    }
}

class JsonResponse
{
    public function __construct(public array $data, public int $status = 200)
    {
    }
}
