<?php
// Stand-in for ext-swoole's HTTP server (not loadable under `php -n`).

namespace Swoole\Http;

class Request
{
    public array $get = [];
    public array $header = [];
    public array $server = [];
    public int $fd = 0;
}

class Response
{
    public int $statusCode = 200;
    public array $headers = [];
    public string $body = '';

    public function status(int $code): void { $this->statusCode = $code; }
    public function header(string $k, string $v): void { $this->headers[$k] = $v; }
    public function end(string $content = ''): void { $this->body = $content; }
}

class Server
{
    private array $handlers = [];
    public array $setting = [];

    public function __construct(public string $host, public int $port) {}
    public function set(array $settings): void { $this->setting = $settings; }
    public function on(string $event, callable $cb): void { $this->handlers[$event] = $cb; }

    /** Harness: what the reactor does for one HTTP request. */
    public function handle(Request $req): Response
    {
        $res = new Response();
        ($this->handlers['request'])($req, $res);
        return $res;
    }
}
