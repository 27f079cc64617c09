<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        private string $method,
        private string $path,
        private array $input,
        private array $headers = [],
    ) {
    }

    public static function create(string $path, string $method = 'GET', array $input = [], array $headers = []): self
    {
        return new self($method, '/' . ltrim($path, '/'), $input, $headers);
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
        $value = $this->input;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }

        return $value;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }
}

class JsonResponse
{
    public function __construct(public readonly array $data, public readonly int $status = 200)
    {
    }
}
