<?php

declare(strict_types=1);

namespace App\Routing;

final class CompiledRoute
{
    /** @param list<string> $placeholders */
    public function __construct(
        public readonly string $pathTemplate,
        public readonly array $placeholders,
        public readonly string $root,
    ) {
    }
}

final class UrlGenerator
{
    /** @var array<string, CompiledRoute> */
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

        $compiled = $this->compiled[$route->name] ??= $this->compile($route);

        $path = $compiled->pathTemplate;
        foreach ($compiled->placeholders as $placeholder) {
            $value = rawurlencode((string) ($parameters[$placeholder] ?? ''));
            $path = str_replace(['{' . $placeholder . '}', '{' . $placeholder . '?}'], $value, $path);
            unset($parameters[$placeholder]);
        }
        $query = $parameters === [] ? '' : '?' . http_build_query($parameters, '', '&', \PHP_QUERY_RFC3986);

        return ($absolute ? $compiled->root : '') . $path . $query;
    }

    private function compile(Route $route): CompiledRoute
    {
        $root = $route->domain !== null ? 'https://' . $route->domain : $this->rootUrl;

        return new CompiledRoute('/' . trim($route->uri, '/'), $route->parameterNames(), $root);
    }
}
