<?php

// Local replacement for ext-swoole's request object (tests and replay runs).

namespace Swoole\Http;

class Request
{
    public array $header = [];
    public array $server = [];
    public array $get = [];
    public ?array $post = null;
    public int $fd = 0;
    private string $content = '';

    public static function create(array $server, array $header, string $content = '', int $fd = 0): self
    {
        $request = new self();
        $request->server = $server;
        $request->header = $header;
        $request->content = $content;
        $request->fd = $fd;

        return $request;
    }

    public function rawContent(): string
    {
        return $this->content;
    }
}
