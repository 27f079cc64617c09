<?php

declare(strict_types=1);

namespace Swoole\Http;

class Response
{
    public int $fd = 0;
    private int $status = 200;
    private array $headers = [];
    private bool $finished = false;

    public function status(int $http_code, string $reason = ''): bool
    {
        $this->status = $http_code;

        return true;
    }

    public function header(string $key, string $value, bool $format = true): bool
    {
        $this->headers[$key] = $value;

        return true;
    }

    public function end(?string $content = null): bool
    {
        $this->finished = true;

        return $content !== null || $this->status > 0;
    }

    public function isWritable(): bool
    {
        return !$this->finished;
    }
}
