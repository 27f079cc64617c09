<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        private array $query = [],
        private array $request = [],
        private array $server = [],
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = []): static
    {
        return new static([], $parameters, ['REQUEST_URI' => $uri, 'REQUEST_METHOD' => $method]);
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->request[$key] ?? $this->query[$key] ?? $default;
    }

    public function route(string $parameter): ?string
    {
        if (preg_match('#/claims/([A-Z0-9-]+)/documents#', $this->server['REQUEST_URI'] ?? '', $m)) {
            return $parameter === 'claim' ? $m[1] : null;
        }

        return null;
    }
}
