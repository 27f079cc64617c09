<?php

namespace Amp\Http\Server;

final class Uri
{
    public function __construct(private string $path, private string $query = '')
    {
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getQuery(): string
    {
        return $this->query;
    }
}

final class RequestBody
{
    public function __construct(private string $buffer)
    {
    }

    public function buffer(): string
    {
        return $this->buffer;
    }
}

final class Request
{
    private array $attributes = [];

    private RequestBody $body;

    public function __construct(
        private string $method,
        private Uri $uri,
        private array $headers = [],
        string $body = '',
    ) {
        $this->headers = array_change_key_case($headers);
        $this->body = new RequestBody($body);
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getUri(): Uri
    {
        return $this->uri;
    }

    public function getHeader(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function getBody(): RequestBody
    {
        return $this->body;
    }

    public function getAttribute(string $name): mixed
    {
        return $this->attributes[$name] ?? throw new \Error("No attribute {$name}");
    }

    public function setAttribute(string $name, mixed $value): void
    {
        $this->attributes[$name] = $value;
    }
}
