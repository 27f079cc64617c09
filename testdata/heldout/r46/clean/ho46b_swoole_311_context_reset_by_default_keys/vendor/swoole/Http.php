<?php

namespace Swoole\Http;

/**
 * Stand-in for the extension's HTTP server. The real server forks workers that
 * each run the PHP callbacks for thousands of requests in one process; nothing
 * between requests is reset, superglobals included (Swoole never fills them).
 */
class Request
{
    public array $server = [];
    public array $header = [];
    public ?array $get = null;
    public ?array $post = null;
    public int $fd = 0;

    public function rawContent(): string|false
    {
        return $this->post === null ? false : json_encode($this->post);
    }
}

class Response
{
    public int $statusCode = 200;
    private array $headers = [];
    private bool $ended = false;

    public function status(int $code): bool
    {
        $this->statusCode = $code;
        return true;
    }

    public function header(string $key, string $value): bool
    {
        $this->headers[$key] = $value;
        return true;
    }

    public function end(string $body = ''): bool
    {
        $this->ended = true;
        return true;
    }
}

class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];
    /** @var \Closure(int): ?Request */
    private \Closure $accept;

    public function __construct(public string $host, public int $port = 0)
    {
    }

    public function set(array $settings): void
    {
        $this->accept = $settings['__accept'];
    }

    public function on(string $event, callable $callback): bool
    {
        $this->callbacks[strtolower($event)] = $callback;
        return true;
    }

    public function start(): bool
    {
        if (isset($this->callbacks['workerstart'])) {
            ($this->callbacks['workerstart'])($this, 0);
        }
        for ($fd = 1; ($request = ($this->accept)($fd)) !== null; $fd++) {
            $request->fd = $fd;
            ($this->callbacks['request'])($request, new Response());
        }
        return true;
    }
}
