<?php

declare(strict_types=1);

namespace App\Routing;

final class Route
{
    /** @param \Closure(\Amp\Http\Server\Request, array<string, string>): \Amp\Http\Server\Response $action */
    public function __construct(
        public readonly string $method,
        public readonly string $pattern,
        public readonly \Closure $action,
    ) {
    }

    /** @return array<string, string>|null */
    public function match(string $method, string $path): ?array
    {
        if ($method !== $this->method) {
            return null;
        }
        $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $this->pattern) . '$#';
        if (!preg_match($regex, $path, $m)) {
            return null;
        }

        return array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
    }
}
