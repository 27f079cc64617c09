<?php

// Local replacement for ext-swoole's response object (tests and replay runs).

namespace Swoole\Http;

class Response
{
    private int $statusCode = 200;
    private array $headers = [];

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function header(string $key, string $value): void
    {
        $this->headers[$key] = $value;
    }

    public function end(string $content = ''): bool
    {
        return true;
    }
}
