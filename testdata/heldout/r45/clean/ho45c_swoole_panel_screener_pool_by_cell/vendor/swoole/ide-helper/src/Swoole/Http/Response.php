<?php

namespace Swoole\Http;

class Response
{
    public int $fd = 0;
    private array $headers = [];
    private int $code = 200;
    private bool $ended = false;

    public function status(int $http_code, string $reason = ''): bool
    {
        $this->code = $http_code;

        return true;
    }

    public function header(string $key, string|array $value, bool $format = true): bool
    {
        $this->headers[$key] = $value;

        return true;
    }

    public function end(?string $content = null): bool
    {
        $this->ended = true;

        return true;
    }

    public function isWritable(): bool
    {
        return !$this->ended;
    }
}
