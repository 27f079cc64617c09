<?php

declare(strict_types=1);

namespace App\Routing;

use App\Http\Request;
use App\Http\Response;

final class Router
{
    /** @var list<Route> */
    private array $routes = [];

    public function get(string $uri, callable $action): Route
    {
        return $this->routes[] = new Route('GET', $uri, $action);
    }

    public function dispatch(Request $request): Response
    {
        $route = $this->findRoute($request);
        if ($route === null) {
            return new Response(404, ['content-type' => 'application/json'], '{"error":"not found"}');
        }

        $request->setRouteResolver(static fn (): Route => $route);

        return $route->run($request);
    }

    private function findRoute(Request $request): ?Route
    {
        foreach ($this->routes as $prototype) {
            if ($prototype->matches($request)) {
                return (clone $prototype)->bind($request);
            }
        }

        return null;
    }
}
