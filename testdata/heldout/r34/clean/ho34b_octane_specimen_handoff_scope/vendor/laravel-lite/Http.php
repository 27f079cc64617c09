<?php

declare(strict_types=1);

namespace Illuminate\Http;

class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private readonly array $input,
        public readonly array $headers = [],
    ) {
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

    public function all(): array
    {
        return $this->input;
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
