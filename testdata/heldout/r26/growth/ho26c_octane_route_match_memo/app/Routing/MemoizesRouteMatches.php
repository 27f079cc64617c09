<?php

namespace App\Routing;

use Routing\Request;

/**
 * Matching walks every route with preg_match; hot endpoints are matched
 * thousands of times per worker, so the result is memoized per worker.
 */
trait MemoizesRouteMatches
{
    /** @var array<string, RouteMatch> */
    private static array $matches = [];

    private static function memoKey(Request $request): string
    {
        return $request->getMethod() . ' ' . rtrim($request->getPathInfo(), '/');
    }

    private static function remembered(string $key): ?RouteMatch
    {
        return self::$matches[$key] ?? null;
    }

    private static function remember(string $key, RouteMatch $match): RouteMatch
    {
        return self::$matches[$key] = $match; // leak
    }
}
