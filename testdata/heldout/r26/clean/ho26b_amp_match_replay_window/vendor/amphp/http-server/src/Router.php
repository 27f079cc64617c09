<?php

declare(strict_types=1);

namespace Amp\Http\Server;

/** Stand-in for amphp/http-server-router: one pattern with {placeholders}. */
final class Router implements RequestHandler
{
    /** @var list<array{string, string, RequestHandler}> */
    private array $routes = [];

    public function addRoute(string $method, string $pattern, RequestHandler $handler): void
    {
        $regex = '#^' . \preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
        $this->routes[] = [$method, $regex, $handler];
    }

    public function handleRequest(Request $request): Response
    {
        foreach ($this->routes as [$method, $regex, $handler]) {
            if ($method === $request->getMethod() && \preg_match($regex, $request->getPath(), $m)) {
                $request->setAttribute('args', \array_filter($m, 'is_string', \ARRAY_FILTER_USE_KEY));

                return $handler->handleRequest($request);
            }
        }

        return new Response(404);
    }
}
