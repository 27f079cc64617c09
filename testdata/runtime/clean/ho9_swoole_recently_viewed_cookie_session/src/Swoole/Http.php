<?php
// Stripped-down Swoole HTTP server that dispatches a fixed number of simulated requests.

namespace Swoole\Http;

final class Request
{
    public array $server = [];
    public array $get = [];
    public array $cookie = [];
}

final class Response
{
    public array $headers = [];
    public function header(string $key, string $value): void { $this->headers[$key] = $value; }
    public function end(string $content = ''): void { $this->headers = []; }
}

final class Server
{
    private array $handlers = [];

    public function __construct(private string $host, private int $port, private int $maxRequests) {}

    public function on(string $event, callable $callback): void
    {
        $this->handlers[$event] = $callback;
    }

    public function start(): void
    {
        for ($i = 1; $i <= $this->maxRequests; $i++) {
            $req = new Request();
            $req->server = ['request_uri' => "/product/{$i}", 'request_method' => 'GET'];
            $req->get = ['id' => (string) $i];
            $req->cookie = ['shop_sess' => base64_encode(json_encode(['uid' => $i % 40, 'currency' => 'EUR']))];
            ($this->handlers['request'])($req, new Response());
        }
    }
}
