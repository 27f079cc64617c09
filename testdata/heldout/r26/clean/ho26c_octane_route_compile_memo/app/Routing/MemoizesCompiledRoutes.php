<?php

namespace App\Routing;

use Routing\CompiledRoute;
use Routing\Route;
use Routing\RouteCompiler;

/**
 * Compiling a route pattern to a regex is the expensive part of matching;
 * the compiled form only depends on the route definition, so it is
 * memoized per worker.
 */
trait MemoizesCompiledRoutes
{
    /** @var array<string, CompiledRoute> */
    private static array $compiled = [];

    private static function memoKey(Route $route): string
    {
        return $route->getName() . '|' . md5($route->getPattern());
    }

    private static function remembered(string $key): ?CompiledRoute
    {
        return self::$compiled[$key] ?? null;
    }

    private static function remember(string $key, CompiledRoute $compiled): CompiledRoute
    {
        return self::$compiled[$key] = $compiled;
    }

    private static function compiled(Route $route): CompiledRoute
    {
        $key = self::memoKey($route);

        return self::remembered($key) ?? self::remember($key, RouteCompiler::compile($route));
    }
}
