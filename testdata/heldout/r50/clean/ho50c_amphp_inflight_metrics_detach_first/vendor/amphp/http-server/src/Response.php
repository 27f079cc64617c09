<?php

namespace Amp\Http\Server;

final class Response
{
    public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
    {
    }

    public function getStatus(): int
    {
        return $this->status;
    }

    public function setHeader(string $name, string $value): void
    {
        $this->headers[strtolower($name)] = $value;
    }

    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
