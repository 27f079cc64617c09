<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(public string $method, public string $uri, private array $input)
    {
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = []): static
    {
        return new static($method, $uri, $parameters);
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->input[$key] ?? $default;
    }
}

class JsonResponse
{
    public function __construct(public array $data, public int $status = 200)
    {
    }
}
