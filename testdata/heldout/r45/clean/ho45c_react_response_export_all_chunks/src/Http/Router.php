<?php

declare(strict_types=1);

namespace App\Http;

use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

final class Router
{
    /** @var list<array{string, string, callable}> */
    private array $routes = [];

    public function get(string $pattern, callable $handler): void
    {
        $this->routes[] = ['GET', '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[\w.-]+)', $pattern) . '$#', $handler];
    }

    public function __invoke(ServerRequestInterface $request): Response
    {
        foreach ($this->routes as [$method, $regex, $handler]) {
            if ($method !== $request->getMethod() || !preg_match($regex, $request->getPath(), $m)) {
                continue;
            }
            foreach ($m as $name => $value) {
                if (is_string($name)) {
                    $request = $request->withAttribute($name, $value);
                }
            }

            return $handler($request);
        }

        return new Response(Response::STATUS_NOT_FOUND);
    }
}
