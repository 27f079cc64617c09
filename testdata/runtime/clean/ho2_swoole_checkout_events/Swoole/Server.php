<?php

declare(strict_types=1);

namespace Swoole\Http;

final class Request
{
    /** @var array<string, string> */
    public array $header = [];
    /** @var array<string, string> */
    public array $server = [];
    /** @var array<string, mixed>|null */
    public ?array $post = null;

    public function __construct(public int $fd) {}

    public function rawContent(): string
    {
        return json_encode($this->post ?? []) ?: '';
    }
}

final class Response
{
    public int $statusCode = 200;
    /** @var array<string, string> */
    private array $headers = [];
    private string $sent = '';

    public function header(string $key, string $value): void
    {
        $this->headers[$key] = $value;
    }

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function end(string $content = ''): void
    {
        $this->sent = $content;
    }
}

/**
 * Stand-in for the Swoole HTTP server: replays a number of checkout requests into the registered callback.
 */
final class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function __construct(private string $host, private int $port, private int $requests) {}

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        ($this->callbacks['start'] ?? static fn () => null)($this);
        for ($fd = 1; $fd <= $this->requests; $fd++) {
            $request = new Request($fd);
            $request->server = ['request_method' => 'POST', 'request_uri' => '/checkout', 'remote_addr' => '172.16.0.' . ($fd % 200)];
            $request->header = ['content-type' => 'application/json', 'x-request-id' => sprintf('req-%08d', $fd)];
            $request->post = [
                'customer_email' => "buyer{$fd}@example.org",
                'items' => [
                    ['sku' => 'TSHIRT-' . ($fd % 40), 'qty' => 1 + $fd % 3, 'price' => 1999],
                    ['sku' => 'MUG-' . ($fd % 12), 'qty' => 1, 'price' => 899],
                ],
                'shipping_address' => str_repeat('Musterstrasse ' . $fd . ', ', 6),
            ];
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
