<?php

namespace App\Routing;

final class Route
{
    /**
     * @param list<string> $middleware
     */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly string $regex,
        public readonly string $action,
        public readonly ?string $tenant,
        public readonly array $middleware,
    ) {
    }
}
