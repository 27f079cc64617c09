<?php

namespace Symfony\Component\Routing\Matcher;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Exception\ResourceNotFoundException;
use Symfony\Component\Routing\RouteCollection;

class UrlMatcher implements RequestMatcherInterface
{
    public function __construct(protected RouteCollection $routes)
    {
    }

    public function matchRequest(Request $request): array
    {
        $pathinfo = rawurldecode($request->getPathInfo()) ?: '/';
        foreach ($this->routes as $name => $route) {
            if ($route->getMethods() && !\in_array($request->getMethod(), $route->getMethods(), true)) {
                continue;
            }
            if (preg_match($route->compile(), $pathinfo, $matches)) {
                $attributes = [];
                foreach ($matches as $key => $value) {
                    if (\is_string($key)) {
                        $attributes[$key] = $value;
                    }
                }

                return array_replace($route->getDefaults(), $attributes, ['_route' => $name]);
            }
        }

        throw new ResourceNotFoundException(sprintf('No routes found for "%s".', $pathinfo));
    }
}
