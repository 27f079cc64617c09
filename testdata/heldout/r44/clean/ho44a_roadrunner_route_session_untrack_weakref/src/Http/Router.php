<?php

declare(strict_types=1);

namespace Citymap\Http;

use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class Router
{
    /** @param array<string, callable(ServerRequestInterface): ResponseInterface> $routes */
    public function __construct(private readonly array $routes)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $path = (string) parse_url($request->getUri(), PHP_URL_PATH);
        $handler = $this->routes[$request->getMethod() . ' ' . $path] ?? null;

        return $handler !== null ? $handler($request) : new Response(404);
    }
}
