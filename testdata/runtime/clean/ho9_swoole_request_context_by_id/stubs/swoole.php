<?php

namespace Swoole\Http;

class Request
{
    public array $header = [];
    public array $server = [];
    public array $get = [];
}

class Response
{
    public int $status = 200;
    private string $body = '';

    public function end(string $content): void
    {
        $this->body = $content;
    }
}

class Server
{
    /** @var array<string, callable> */
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
            $request->server = ['request_uri' => "/catalog/search", 'remote_addr' => '10.0.' . ($i % 200) . '.7'];
            $request->header = ['user-agent' => str_repeat('Mozilla/5.0 (X11; Linux x86_64) ', 8), 'accept-language' => 'de-DE,de;q=0.9'];
            $request->get = ['q' => "lamp shade {$i}", 'page' => (string) (1 + $i % 5)];
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
