<?php

namespace OctaneLite;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private array $json,
        private array $headers = [],
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->json[$key] ?? $default;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }
}
