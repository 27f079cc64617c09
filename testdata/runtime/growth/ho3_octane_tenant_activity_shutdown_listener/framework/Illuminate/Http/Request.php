<?php

declare(strict_types=1);

namespace Illuminate\Http;

class Request
{
    /** @var array<string, mixed> */
    public array $attributes = [];

    /**
     * @param array<string, string> $headers
     */
    public function __construct(private string $method, private string $host, private string $path, private array $headers = []) {}

    public function method(): string
    {
        return $this->method;
    }

    public function getHost(): string
    {
        return $this->host;
    }

    public function path(): string
    {
        return $this->path;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[$name] ?? $default;
    }

    public function userAgent(): ?string
    {
        return $this->header('User-Agent');
    }
}

class Response
{
    public function __construct(public string $content = '', public int $status = 200) {}
}
