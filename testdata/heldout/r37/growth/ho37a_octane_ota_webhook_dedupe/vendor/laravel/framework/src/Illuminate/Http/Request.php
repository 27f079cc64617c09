<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        private readonly string $path,
        private readonly array $headers,
        private readonly string $content,
    ) {
    }

    public function path(): string
    {
        return $this->path;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }

    public function getContent(): string
    {
        return $this->content;
    }

    public function json(string $key): mixed
    {
        return json_decode($this->content, true)[$key] ?? null;
    }
}

class JsonResponse
{
    public function __construct(public readonly array $data, public readonly int $status = 200)
    {
    }
}
