<?php

namespace Routing;

final class RouteCompiler
{
    public static function compile(Route $route): CompiledRoute
    {
        $pattern = $route->getPattern();
        $requirements = $route->getRequirements();
        $variables = [];

        $regex = preg_replace_callback('#\{(\w+)\}#', static function (array $m) use ($requirements, &$variables): string {
            $variables[] = $m[1];
            $req = $requirements[$m[1]] ?? '[^/]+';
            return '(?P<' . $m[1] . '>' . $req . ')';
        }, $pattern);

        $brace = strpos($pattern, '{');
        $prefix = $brace === false ? $pattern : substr($pattern, 0, $brace);

        return new CompiledRoute('#^' . $regex . '$#sDu', $variables, rtrim($prefix, '/'));
    }
}
