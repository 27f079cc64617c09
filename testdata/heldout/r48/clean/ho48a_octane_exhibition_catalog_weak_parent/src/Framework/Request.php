<?php

namespace Framework;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query = [],
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }
}
