<?php

namespace Swoole\Http;

class Request
{
    public array $server = [];
    public array $header = [];
    public array $post = [];
}

class Response
{
    public function status(int $code): void {}

    public function end(string $content = ''): void {}
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
            $request->server = ['remote_addr' => '172.16.' . ($i % 16) . '.' . ($i % 250), 'request_uri' => '/login'];
            $request->header = ['user-agent' => str_repeat('okhttp/4.12.0 Android 14; Pixel 8 ', 14)];
            $request->post = ['email' => "user{$i}@example.org", 'password' => $i % 3 ? 'wrong' : 'secret'];
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
