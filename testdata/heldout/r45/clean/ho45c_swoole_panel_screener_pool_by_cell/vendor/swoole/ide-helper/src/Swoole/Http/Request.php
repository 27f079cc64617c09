<?php

namespace Swoole\Http;

class Request
{
    public int $fd = 0;
    public int $streamId = 0;
    public ?array $header = null;
    public ?array $server = null;
    public ?array $cookie = null;
    public ?array $get = null;
    public ?array $files = null;
    public ?array $post = null;
    public ?array $tmpfiles = null;

    public function getContent(): string|false
    {
        return $this->post === null ? false : http_build_query($this->post);
    }

    public function getMethod(): string|false
    {
        return $this->server['request_method'] ?? false;
    }
}
