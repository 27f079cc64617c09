<?php

declare(strict_types=1);

// Stand-ins for ext-swoole's HTTP server: one worker process, callbacks
// registered at boot, then `start()` serves requests until max_request.

namespace Swoole\Http;

class Request
{
    public array $server = [];
    public array $header = [];
    public ?array $get = null;
    private string $content = '';

    public static function create(string $uri, array $get, string $content): self
    {
        $request = new self();
        $request->server = ['request_method' => 'POST', 'request_uri' => $uri, 'request_time' => time()];
        $request->header = ['content-type' => 'application/json'];
        $request->get = $get;
        $request->content = $content;

        return $request;
    }

    public function getContent(): string
    {
        return $this->content;
    }
}

class Response
{
    public int $statusCode = 200;
    public array $headers = [];

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function header(string $name, string $value): void
    {
        $this->headers[$name] = $value;
    }

    public function end(string $body = ''): void
    {
    }
}

class Server
{
    private array $callbacks = [];
    private array $settings = [];

    public function __construct(private string $host, private int $port)
    {
    }

    public function set(array $settings): void
    {
        $this->settings = $settings;
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        $source = $this->settings['request_source'];
        $max = $this->settings['max_request'];
        for ($i = 0; $i < $max; ++$i) {
            [$uri, $get, $body] = $source($i);
            ($this->callbacks['request'])(Request::create($uri, $get, $body), new Response());
        }
    }
}
