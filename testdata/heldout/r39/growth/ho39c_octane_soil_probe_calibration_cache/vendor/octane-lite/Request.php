<?php

namespace OctaneLite;

final class Request
{
    public function __construct(
        private array $query,
        private array $json,
        public readonly string $path,
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->json[$key] ?? $this->query[$key] ?? $default;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->query['_headers'][strtolower($name)] ?? $default;
    }
}
