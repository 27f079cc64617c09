<?php

declare(strict_types=1);

namespace Swoole\Http;

class Request
{
    public int $fd = 0;
    public array $header = [];
    public array $server = [];
    public ?array $get = null;
    public ?array $post = null;
    private string $content = '';

    public static function create(array $server, array $header, string $content, int $fd): self
    {
        $request = new self();
        $request->server = $server;
        $request->header = $header;
        $request->content = $content;
        $request->fd = $fd;
        parse_str((string) parse_url($server['request_uri'] ?? '', PHP_URL_QUERY), $query);
        $request->get = $query;

        return $request;
    }

    public function rawContent(): string|false
    {
        return $this->content;
    }
}
