<?php
// Spans grouped in a WeakMap under the request they belong to: each
// group goes with its request, so the collector, which lives for the
// worker, holds nothing once the request is done.

final class Route
{
    public function __construct(public string $pattern)
    {
    }
}

final class Router
{
    /** @var list<Route> */
    private array $routes = [];

    public function add(string $pattern): void
    {
        $this->routes[] = new Route($pattern);
    }

    public function match(string $path): Route
    {
        foreach ($this->routes as $route) {
            if (str_starts_with($path, rtrim($route->pattern, '{id}'))) {
                return $route;
            }
        }
        throw new RuntimeException('404');
    }
}

final class Request
{
    public function __construct(public string $path, public string $agent)
    {
    }
}

final class SpanList
{
    private array $spans = [];

    public function add(string $name, array $attributes): void
    {
        $this->spans[] = ['name' => $name, 'at' => microtime(true), 'attributes' => $attributes];
    }
}

final class SpanCollector
{
    private WeakMap $groups;

    public function __construct()
    {
        $this->groups = new WeakMap();
    }

    public function start(object $unit, string $name, array $attributes): void
    {
        $list = $this->groups[$unit] ??= new SpanList();
        $list->add($name, $attributes);
    }
}

final class TracingMiddleware
{
    public function __construct(private Router $router, private SpanCollector $spans)
    {
    }

    public function handle(Request $request): void
    {
        $route = $this->router->match($request->path);
        $this->spans->start($request, 'http.server', ['target' => $request->path, 'agent' => $request->agent]);
    }
}

$router = new Router();
$router->add('/orders/{id}');
$router->add('/customers/{id}');
$middleware = new TracingMiddleware($router, new SpanCollector());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('/orders/' . (5000 + $i), 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0 build/' . str_repeat((string) $i, 20));
    $middleware->handle($request);
}
