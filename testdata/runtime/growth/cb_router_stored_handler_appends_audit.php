<?php
// A tiny HTTP router keeps the handlers registered at boot and calls the matching one per request; the order handler records an audit line on a service made before the loop.

final class AuditTrail
{
    /** @var list<string> */
    private array $lines = [];

    public function record(string $line): void
    {
        $this->lines[] = $line; // leak
    }
}

final class Router
{
    /** @var array<string, Closure> */
    private array $routes = [];

    public function get(string $path, Closure $handler): void
    {
        $this->routes['GET ' . $path] = $handler;
    }

    public function dispatch(string $method, string $path, array $query): string
    {
        $handler = $this->routes[$method . ' ' . $path] ?? null;
        if ($handler === null) {
            return '404';
        }
        return $handler($query);
    }
}

$audit = new AuditTrail();
$router = new Router();
$router->get('/orders', function (array $query) use ($audit): string {
    $audit->record(sprintf('listed orders page %d for %s: %s', $query['page'], $query['user'], str_repeat('.', 700)));
    return 'orders';
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $router->dispatch('GET', '/orders', ['page' => $i % 7, 'user' => "user{$i}"]);
}
