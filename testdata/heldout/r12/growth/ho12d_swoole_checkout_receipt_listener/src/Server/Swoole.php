<?php

declare(strict_types=1);

namespace Swoole\Http;

/*
 * Stand-ins for ext-swoole's HTTP server, request and response objects.
 */

final class Request
{
    /** @var array<string, mixed> */
    public array $post = [];

    /** @var array<string, string> */
    public array $server = [];
}

final class Response
{
    public int $status = 200;

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $content = ''): void
    {
    }
}

final class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function __construct(public readonly string $host, public readonly int $port)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        $requests = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 1; $i <= $requests; $i++) {
            $request = new Request();
            $request->server = ['request_uri' => '/checkout', 'request_method' => 'POST'];
            $request->post = [
                'order_id' => sprintf('SO-%08d', $i),
                'email' => "shopper{$i}@example.test",
                'address' => "Flat {$i}, 221B Baker Street, London NW1 6XE, United Kingdom",
                'items' => [
                    ['sku' => 'TEA-EARLGREY-250', 'name' => 'Earl Grey loose leaf tea, 250 g tin', 'qty' => 1 + $i % 3, 'cents' => 1250],
                    ['sku' => 'MUG-STONEWARE-BL', 'name' => 'Stoneware mug, midnight blue glaze', 'qty' => 2, 'cents' => 1800],
                    ['sku' => 'GIFT-WRAP', 'name' => 'Gift wrapping with handwritten card', 'qty' => 1, 'cents' => 350],
                ],
            ];
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
