<?php

namespace App\Routing;

final class RouteMatch
{
    public function __construct(
        public readonly string $routeName,
        public readonly string $controller,
        public readonly array $parameters,
        public readonly string $matchedPath,
        public readonly string $regex,
    ) {
    }
}
