<?php
declare(strict_types=1);

namespace App;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class Kernel
{
    /** @var array<string, callable(ServerRequest): Response> */
    private array $routes = [];

    public function route(string $method, string $path, callable $handler): void
    {
        $this->routes["{$method} {$path}"] = $handler;
    }

    public function handle(ServerRequest $request): Response
    {
        $handler = $this->routes[$request->getMethod() . ' ' . $request->getUri()] ?? null;
        return $handler === null ? new Response(404) : $handler($request);
    }
}
