<?php

namespace App\Routing;

use Routing\CompiledRoute;
use Routing\NotFound;
use Routing\Request;
use Routing\RouteCollection;

final class CachingUrlMatcher
{
    use MemoizesCompiledRoutes;

    public function __construct(private RouteCollection $routes)
    {
    }

    public function matchRequest(Request $request): RouteMatch
    {
        return $this->doMatch($request);
    }

    private function doMatch(Request $request): RouteMatch
    {
        $path = rtrim($request->getPathInfo(), '/') ?: '/';

        foreach ($this->routes->allowing($request->getMethod()) as $name => $route) {
            $compiled = self::compiled($route);
            if ($compiled->staticPrefix !== '' && !str_starts_with($path, $compiled->staticPrefix)) {
                continue;
            }
            if (preg_match($compiled->regex, $path, $m)) {
                return new RouteMatch(
                    $name,
                    $route->getController(),
                    $this->parameters($compiled, $m, $route->getDefaults()),
                    $path,
                    $compiled->regex,
                );
            }
        }

        throw new NotFound(sprintf('No route found for "%s %s"', $request->getMethod(), $path));
    }

    private function parameters(CompiledRoute $compiled, array $matches, array $defaults): array
    {
        $params = $defaults;
        foreach ($compiled->variables as $var) {
            $params[$var] = $matches[$var];
        }

        return $params;
    }
}
