<?php

declare(strict_types=1);

// The router matches a clone of a route prototype and binds it to the
// request through a private helper; the request then gets a resolver
// arrow function that captures the bound route. Route, request and
// closure form a cycle, one per request.

final class Request
{
    private ?Closure $routeResolver = null;

    public function __construct(public readonly string $path, public readonly string $body)
    {
    }

    public function setRouteResolver(Closure $resolver): void
    {
        $this->routeResolver = $resolver; // leak
    }

    public function route(): ?Route
    {
        return $this->routeResolver ? ($this->routeResolver)() : null;
    }
}

final class Route
{
    private ?Request $request = null;

    public function __construct(public readonly string $prefix)
    {
    }

    public function bind(Request $request): static
    {
        $this->request = $request; // leak

        return $this;
    }

    public function run(): string
    {
        return 'ok ' . $this->prefix;
    }
}

final class Router
{
    /** @param list<Route> $routes */
    public function __construct(private array $routes)
    {
    }

    public function dispatch(Request $request): string
    {
        $route = $this->match($request);
        if ($route === null) {
            return '404';
        }
        $request->setRouteResolver(static fn (): Route => $route); // leak

        return $route->run();
    }

    private function match(Request $request): ?Route
    {
        foreach ($this->routes as $prototype) {
            if (str_starts_with($request->path, $prototype->prefix)) {
                return (clone $prototype)->bind($request);
            }
        }

        return null;
    }
}

$router = new Router([new Route('/products')]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $router->dispatch(new Request('/products/' . $i, str_repeat("{\"sku\":{$i}}", 40)));
}
