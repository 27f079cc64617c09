<?php

declare(strict_types=1);

namespace OctaneLite;

final class Request
{
    private function __construct(
        private string $path,
        private array $query,
        private array $headers,
    ) {
    }

    public static function create(string $uri, array $headers = []): self
    {
        $parts = parse_url($uri);
        parse_str($parts['query'] ?? '', $query);

        return new self(trim($parts['path'] ?? '/', '/'), $query, $headers);
    }

    public function segment(int $index, ?string $default = null): ?string
    {
        $segments = explode('/', $this->path);

        return $segments[$index - 1] ?? $default;
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }
}
