<?php
// An orders module builds its router in the constructor and maps routes to arrow functions calling $this's actions.

final class Router
{
    /** @var array<string, array<string, Closure>> */
    private array $routes = [];

    public function get(string $path, Closure $action): void
    {
        $this->routes['GET'][$path] = $action; // leak
    }

    public function dispatch(string $method, string $path): string
    {
        $action = $this->routes[$method][$path] ?? null;
        return $action === null ? '404' : $action();
    }
}

final class OrdersModule
{
    private Router $router;
    private array $orders;

    public function __construct(private string $version)
    {
        $this->orders = array_map(static fn (int $k): array => ['id' => $k, 'ref' => "ORD-{$k}", 'state' => 'open'], range(1, 8));
        $this->router = new Router();
        $this->router->get('/orders', fn (): string => $this->listOrders()); // leak
        $this->router->get('/version', fn (): string => $this->version); // leak
    }

    private function listOrders(): string
    {
        return json_encode(array_column($this->orders, 'ref'));
    }

    public function handle(string $method, string $path): string
    {
        return $this->router->dispatch($method, $path);
    }
}

function handle(int $i): int
{
    $module = new OrdersModule("1.{$i}");
    return strlen($module->handle('GET', '/orders'));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
