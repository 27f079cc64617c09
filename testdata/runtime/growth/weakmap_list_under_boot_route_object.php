<?php
// A timing collector keeps request timings in a WeakMap keyed by the
// route that served them. The routes are objects the router makes at
// boot and keeps, so no key ever goes away, and the list under each
// route grows by one entry per request.

final class Route
{
    public function __construct(public readonly string $name, public readonly string $prefix)
    {
    }
}

final class Router
{
    /** @param list<Route> $routes */
    public function __construct(private array $routes)
    {
    }

    public function match(string $path): Route
    {
        foreach ($this->routes as $route) {
            if (str_starts_with($path, $route->prefix)) {
                return $route;
            }
        }
        return $this->routes[0];
    }
}

final class Request
{
    public ?Route $route = null;

    public function __construct(public readonly string $path)
    {
    }
}

final class Timings
{
    private WeakMap $byRoute;

    public function __construct()
    {
        $this->byRoute = new WeakMap();
    }

    public function add(Request $request, float $ms): void
    {
        $owner = $request->route;
        $list = $this->byRoute[$owner] ?? [];
        $list[] = ['ms' => $ms, 'path' => $request->path . str_repeat(' ', 300)];
        $this->byRoute[$owner] = $list; // leak
    }
}

final class Kernel
{
    public function __construct(private Router $router, private Timings $timings)
    {
    }

    public function handle(Request $request): void
    {
        $request->route = $this->router->match($request->path);
        $this->timings->add($request, 1.5);
    }
}

$kernel = new Kernel(new Router([new Route('home', '/'), new Route('shop', '/shop')]), new Timings());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request("/shop/item-{$i}"));
}
