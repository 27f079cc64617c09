<?php

declare(strict_types=1);

namespace App\Routing;

use App\Http\Request;

final class Route
{
    private ?string $path = null;

    /** @var array<string, string>|null */
    private ?array $parameters = null;

    /** @param callable(Request): \App\Http\Response $action */
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        private $action,
    ) {
    }

    public function matches(Request $request): bool
    {
        return $request->method === $this->method && preg_match($this->regex(), $request->path) === 1;
    }

    public function bind(Request $request): static
    {
        $this->path = $request->path;
        $this->parameters = null;

        return $this;
    }

    /** @return array<string, string> */
    public function parameters(): array
    {
        if ($this->parameters === null) {
            preg_match($this->regex(), $this->path ?? '', $matches);
            $this->parameters = array_filter($matches, 'is_string', ARRAY_FILTER_USE_KEY);
        }

        return $this->parameters;
    }

    public function parameter(string $name): ?string
    {
        return $this->parameters()[$name] ?? null;
    }

    public function run(Request $request): \App\Http\Response
    {
        return ($this->action)($request);
    }

    private function regex(): string
    {
        return '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $this->uri) . '$#';
    }
}
