<?php

namespace OpenSwoole\Http;

/**
 * Minimal stand-in for OpenSwoole\Http\Server: one worker process that
 * receives PHPLEAK_N requests and hands each one to the 'request' callback.
 */
final class Request
{
    public array $server = [];
    public array $get = [];
    public array $header = [];

    public function __construct(string $uri, array $get)
    {
        $this->server = ['request_uri' => $uri, 'request_method' => 'GET', 'request_time' => time()];
        $this->get = $get;
        $this->header = ['accept' => 'application/json'];
    }
}

final class Response
{
    public int $status = 200;
    private array $headers = [];
    private string $body = '';

    public function header(string $name, string $value): void
    {
        $this->headers[$name] = $value;
    }

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $body = ''): void
    {
        $this->body = $body;
    }
}

final class Server
{
    private array $callbacks = [];

    public function __construct(private string $host, private int $port)
    {
    }

    public function set(array $settings): void
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        if (isset($this->callbacks['workerStart'])) {
            ($this->callbacks['workerStart'])($this, 0);
        }
        for ($i = 0; $i < $n; $i++) {
            $employeeId = 10000 + $i;
            $request = new Request('/api/org/chain', ['employee' => (string) $employeeId, 'depth' => '2']);
            $response = new Response();
            ($this->callbacks['request'])($request, $response);
        }
    }
}
