<?php

declare(strict_types=1);

namespace Swoole\Http;

final class Request
{
    public int $fd = 0;
    public array $server = [];
    public array $header = [];
    public array $get = [];
    public array $cookie = [];
    private string $body = '';

    public function __construct(string $body)
    {
        $this->body = $body;
    }

    public function rawContent(): string
    {
        return $this->body;
    }
}

final class Response
{
    public int $statusCode = 200;
    public array $headers = [];
    public string $sent = '';

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function header(string $name, string $value): void
    {
        $this->headers[$name] = $value;
    }

    public function end(string $content = ''): void
    {
        $this->sent = $content;
    }
}

final class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];
    private array $settings = [];

    public function __construct(private string $host, private int $port)
    {
    }

    public function set(array $settings): void
    {
        $this->settings = $settings + $this->settings;
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    /** Simulated event loop: accepts $requests requests then shuts down. */
    public function start(int $requests): void
    {
        if (isset($this->callbacks['workerStart'])) {
            ($this->callbacks['workerStart'])($this, 0);
        }
        for ($i = 1; $i <= $requests; $i++) {
            $req = new Request(json_encode(['sku' => 'SKU-' . $i, 'qty' => $i % 7 + 1, 'note' => str_repeat('n', 40 + $i % 9)]));
            $req->fd = $i % 1024 + 1;
            $req->server = [
                'request_method' => 'POST',
                'request_uri' => '/api/cart/' . $i . '/items',
                'path_info' => '/api/cart/' . $i . '/items',
                'request_time_float' => 1700000000.0 + $i / 1000,
                'remote_addr' => '10.0.' . ($i % 250) . '.' . ($i % 200),
                'server_port' => $this->port,
            ];
            $req->header = [
                'host' => $this->host,
                'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.' . $i . ' Safari/537.36',
                'x-request-id' => sprintf('%08x-%04x-%04x-%012x', $i * 7919, $i % 65535, 0x4000 | $i % 4095, $i * 104729),
                'accept' => 'application/json',
                'authorization' => 'Bearer ' . hash('sha256', 'token-' . $i),
            ];
            $req->cookie = ['session' => hash('sha1', 'sess' . $i) . hash('sha1', 'salt' . $i)];
            ($this->callbacks['request'])($req, new Response());
        }
    }
}
