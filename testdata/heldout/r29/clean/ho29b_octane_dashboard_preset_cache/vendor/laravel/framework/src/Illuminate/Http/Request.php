<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        protected string $uri,
        protected array $query,
        protected array $server,
    ) {
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function server(string $key, mixed $default = null): mixed
    {
        return $this->server[$key] ?? $default;
    }

    public function route(string $param): ?string
    {
        return preg_match('#^/api/dashboards/widgets/([a-z_]+)/data#', $this->uri, $m) ? $m[1] : null;
    }
}

class JsonResponse
{
    public function __construct(public readonly array $data, public readonly int $status = 200)
    {
    }
}
