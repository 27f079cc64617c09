<?php

namespace Illuminate\Routing;

use Closure;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Pipeline\Pipeline;

class Route
{
    /** @var array<string, string> */
    protected array $parameters = [];

    protected ?Container $container = null;

    /**
     * @param list<string> $methods
     * @param array{0: class-string, 1: string}|Closure $action
     */
    public function __construct(public array $methods, public string $uri, public array|Closure $action)
    {
    }

    public function setContainer(Container $container): static
    {
        $this->container = $container;
        return $this;
    }

    public function matches(Request $request): bool
    {
        if (! in_array($request->getMethod(), $this->methods, true)) {
            return false;
        }
        $regex = '#^' . preg_replace('/\\\{(\w+)\\\}/', '(?P<$1>[^/]+)', preg_quote(trim($this->uri, '/'), '#')) . '$#';
        if (! preg_match($regex, trim($request->getPathInfo(), '/'), $matches)) {
            return false;
        }
        $this->parameters = array_filter($matches, 'is_string', ARRAY_FILTER_USE_KEY);
        return true;
    }

    public function parameters(): array
    {
        return $this->parameters;
    }

    public function parameter(string $name, mixed $default = null): mixed
    {
        return $this->parameters[$name] ?? $default;
    }

    public function run(Request $request): mixed
    {
        if ($this->action instanceof Closure) {
            return $this->container->call($this->action, $this->parameters + ['request' => $request]);
        }
        [$class, $method] = $this->action;
        $controller = $this->container->make($class);
        $middleware = [];
        if (method_exists($controller, 'getMiddleware')) {
            foreach ($controller->getMiddleware() as $entry) {
                $middleware[] = $entry['middleware'];
            }
        }
        $container = $this->container;
        $parameters = $this->parameters;
        return (new Pipeline($container))
            ->send($request)
            ->through($middleware)
            ->then(static fn (Request $request) => $container->call([$controller, $method], $parameters + ['request' => $request]));
    }
}
