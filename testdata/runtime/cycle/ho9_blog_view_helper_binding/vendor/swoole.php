<?php

namespace Swoole\Http;

class Request
{
    public array $get = [];
    public array $post = [];
}

class Response
{
    public function header(string $name, string $value): void {}

    public function end(string $body = ''): void {}
}

class Server
{
    private array $callbacks = [];

    public function __construct(public string $host, public int $port) {}

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            $request = new Request();
            $request->get = ['slug' => "post-{$i}"];
            $request->post = [];
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
