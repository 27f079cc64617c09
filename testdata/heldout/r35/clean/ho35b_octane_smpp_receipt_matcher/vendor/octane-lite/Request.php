<?php

namespace OctaneLite;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private array $input = [],
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->input[$key] ?? $default;
    }

    public function all(): array
    {
        return $this->input;
    }
}
