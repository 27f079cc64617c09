<?php
// A router binds each route's handler to the request context it runs in and
// keeps the bound handler on that context: the context holds the closure, and
// the closure holds the context as its $this.

final class RequestContext
{
    public ?Closure $handler = null;
    public array $params = [];

    public function __construct(public string $path, public string $body) {}
}

final class Router
{
    /** @var array<string, Closure> */
    private array $routes = [];

    public function __construct()
    {
        $this->routes['/orders'] = function (): int {
            return count($this->params) + strlen($this->body);
        };
    }

    public function dispatch(RequestContext $ctx): int
    {
        $route = $this->routes[$ctx->path];
        $ctx->handler = $route->bindTo($ctx, RequestContext::class); // leak
        return ($ctx->handler)();
    }
}

$router = new Router();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $ctx = new RequestContext('/orders', str_repeat("order {$i} ", 60));
    $ctx->params = ['id' => $i];
    $router->dispatch($ctx);
}
