<?php
namespace React\Http\Message;

class ServerRequest
{
    public function __construct(
        private string $method,
        private string $path,
        private array $query = [],
        private array $headers = [],
    ) {
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getQueryParams(): array
    {
        return $this->query;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }
}

class Response
{
    public const STATUS_OK = 200;

    public function __construct(
        private int $status = 200,
        private array $headers = [],
        private mixed $body = '',
    ) {
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }

    public function getBody(): mixed
    {
        return $this->body;
    }
}
