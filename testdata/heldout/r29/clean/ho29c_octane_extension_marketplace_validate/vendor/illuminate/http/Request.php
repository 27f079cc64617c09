<?php

declare(strict_types=1);

namespace Illuminate\Http;

class Request
{
    /** @param array<string, mixed> $json */
    public function __construct(
        private readonly string $path,
        private readonly array $json,
        private readonly array $headers = [],
    ) {
    }

    public function path(): string
    {
        return $this->path;
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->json[$key] ?? $default;
    }

    /** @return array<string, mixed> */
    public function all(): array
    {
        return $this->json;
    }
}

class JsonResponse
{
    public function __construct(public readonly array $data, public readonly int $status = 200)
    {
    }
}
