<?php

declare(strict_types=1);

namespace Swoole\Http;

/** Stand-in for an open Swoole HTTP response used for server-sent events. */
class Response
{
    public int $fd;
    public int $bytesWritten = 0;
    private bool $open = true;

    public function __construct(int $fd)
    {
        $this->fd = $fd;
    }

    public function header(string $key, string $value): bool
    {
        return $this->open;
    }

    public function write(string $data): bool
    {
        if (!$this->open) {
            return false;
        }
        $this->bytesWritten += strlen($data);

        return true;
    }

    public function end(?string $content = null): bool
    {
        $this->open = false;

        return true;
    }
}
