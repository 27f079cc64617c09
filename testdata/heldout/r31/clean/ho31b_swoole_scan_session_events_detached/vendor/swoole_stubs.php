<?php

declare(strict_types=1);

namespace Swoole\Http;

// Minimal stand-ins for the Swoole request/response objects the handler sees.
final class Request
{
    public array $header = [];
    public array $server = [];

    public function __construct(private string $body)
    {
    }

    public function getContent(): string
    {
        return $this->body;
    }
}

final class Response
{
    public int $statusCode = 200;
    public string $sent = '';

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function header(string $name, string $value): void
    {
    }

    public function end(string $body): void
    {
        $this->sent = $body;
    }
}
