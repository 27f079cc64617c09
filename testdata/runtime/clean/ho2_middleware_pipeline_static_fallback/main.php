<?php
// A router builds a middleware pipeline for the matched route of every request and runs it down to the route's action.

declare(strict_types=1);

require __DIR__ . '/src/Http/Messages.php';
require __DIR__ . '/src/Pipeline/Contracts.php';
require __DIR__ . '/src/Pipeline/Pipeline.php';
require __DIR__ . '/src/Pipeline/Middleware.php';

use Relay\Http\Request;
use Relay\Http\Response;
use Relay\Pipeline\Middleware\CorsMiddleware;
use Relay\Pipeline\Middleware\RequestIdMiddleware;
use Relay\Pipeline\Pipeline;

final class Router
{
    /** @var array<string, array{0: string, 1: null|\Closure(Request): Response}> */
    private array $routes = [];

    public function __construct(private array $globalMiddleware)
    {
    }

    public function add(string $pattern, string $name, ?\Closure $action): void
    {
        $this->routes[$pattern] = [$name, $action];
    }

    public function dispatch(Request $request): Response
    {
        $prefix = '/' . explode('/', trim($request->path, '/'))[0];
        [$name, $action] = $this->routes[$prefix] ?? ['fallback', null];
        $pipeline = new Pipeline($this->globalMiddleware, $name, $action);

        return $pipeline->handle($request);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$router = new Router([new RequestIdMiddleware(), new CorsMiddleware(['https://app.example.com'])]);
$router->add('/health', 'health', static fn (Request $r): Response => new Response(200, 'ok'));
$router->add('/reports', 'reports', null);

for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', "/reports/{$i}", ['origin' => 'https://app.example.com', 'accept' => 'application/json']);
    $response = $router->dispatch($request);
}
