<?php

declare(strict_types=1);

namespace Transit\Http;

use Swoole\Http\Request;
use Swoole\Http\Response;

final class Kernel
{
    /** @param array<string, callable(Request, Response): void> $routes */
    public function __construct(private readonly array $routes)
    {
    }

    public function handle(Request $request, Response $response): void
    {
        $route = strtoupper($request->server['request_method'] ?? 'GET') . ' ' . parse_url($request->server['request_uri'] ?? '/', PHP_URL_PATH);
        $handler = $this->routes[$route] ?? null;
        if ($handler === null) {
            $response->status(404);
            $response->end();

            return;
        }
        $handler($request, $response);
    }
}
