<?php

declare(strict_types=1);

namespace App\Routing;

final class CompiledUrl
{
    public function __construct(
        public readonly string $path,
        public readonly string $query,
        public readonly string $absolute,
    ) {
    }
}

final class UrlGenerator
{
    /** @var array<string, CompiledUrl> */
    private array $compiled = [];

    public function __construct(
        private readonly RouteCollection $routes,
        private readonly string $rootUrl,
    ) {
    }

    /** @param array<string, scalar> $parameters */
    public function route(string $name, array $parameters = [], bool $absolute = true): string
    {
        $route = $this->routes->getByName($name);
        $cacheKey = $route->name . '|' . http_build_query($parameters);

        $url = $this->compiled[$cacheKey] ??= $this->compile($route, $parameters); // leak

        return $absolute ? $url->absolute : $url->path . $url->query;
    }

    /** @param array<string, scalar> $parameters */
    private function compile(Route $route, array $parameters): CompiledUrl
    {
        $path = $route->uri;
        foreach ($route->parameterNames() as $placeholder) {
            $value = rawurlencode((string) ($parameters[$placeholder] ?? ''));
            $path = str_replace(['{' . $placeholder . '}', '{' . $placeholder . '?}'], $value, $path);
            unset($parameters[$placeholder]);
        }

        $path = '/' . trim($path, '/');
        $query = $parameters === [] ? '' : '?' . http_build_query($parameters, '', '&', \PHP_QUERY_RFC3986);
        $root = $route->domain !== null ? 'https://' . $route->domain : $this->rootUrl;

        return new CompiledUrl($path, $query, $root . $path . $query);
    }
}
