<?php
// The router binds the route's handler to the request context and calls it,
// but keeps the bound closure only in a local: nothing holds it after the
// call, so the context is freed by refcounting.

final class RequestContext
{
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
        $handler = $this->routes[$ctx->path]->bindTo($ctx, RequestContext::class);
        return $handler();
    }
}

$router = new Router();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $ctx = new RequestContext('/orders', str_repeat("order {$i} ", 60));
    $ctx->params = ['id' => $i];
    $router->dispatch($ctx);
}
