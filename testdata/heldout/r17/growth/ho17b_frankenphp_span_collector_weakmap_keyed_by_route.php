<?php

declare(strict_types=1);

namespace App\Routing;

final class Route
{
    public function __construct(
        public readonly string $name,
        public readonly string $prefix,
        public readonly string $action,
    ) {
    }
}

final class Router
{
    /** @param list<Route> $routes */
    public function __construct(private readonly array $routes)
    {
    }

    public function match(string $path): Route
    {
        foreach ($this->routes as $route) {
            if (str_starts_with($path, $route->prefix)) {
                return $route;
            }
        }

        return $this->routes[array_key_last($this->routes)];
    }
}

namespace App\Http;

use App\Routing\Route;

final class Request
{
    public ?Route $route = null;

    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
    ) {
    }
}

namespace App\Observability;

use App\Http\Request;

final class Span
{
    public ?int $endedAt = null;

    public function __construct(
        public readonly string $operation,
        public readonly int $startedAt,
        public readonly array $attributes,
    ) {
    }
}

final class SpanCollector
{
    private \WeakMap $spans;

    public function __construct()
    {
        $this->spans = new \WeakMap();
    }

    public function start(Request $request, string $operation, array $attributes = []): Span
    {
        $span = new Span($operation, hrtime(true), $attributes + ['http.target' => $request->path]);
        $owner = $request->route;
        $spans = $this->spans[$owner] ?? [];
        $spans[] = $span;
        $this->spans[$owner] = $spans; // leak

        return $span;
    }

    /** @return array<string, float> */
    public function durations(Request $request): array
    {
        $out = [];
        foreach ($this->spans[$request->route] ?? [] as $span) {
            $out[$span->operation] = (($span->endedAt ?? hrtime(true)) - $span->startedAt) / 1e6;
        }

        return $out;
    }
}

namespace App\Http\Middleware;

use App\Http\Request;
use App\Observability\SpanCollector;
use App\Routing\Router;

final class TraceRequests
{
    public function __construct(
        private readonly SpanCollector $collector,
        private readonly Router $router,
    ) {
    }

    public function __invoke(Request $request, callable $next): string
    {
        $request->route = $this->router->match($request->path);
        $span = $this->collector->start($request, 'http.server', [
            'http.method' => $request->method,
            'http.user_agent' => $request->headers['user-agent'] ?? '',
            'http.route' => $request->route->name,
        ]);
        $body = $next($request);
        $span->endedAt = hrtime(true);
        $this->collector->durations($request);

        return $body;
    }
}

namespace App\Http\Controllers;

use App\Http\Request;
use App\Observability\SpanCollector;

final class ProductController
{
    public function __construct(private readonly SpanCollector $collector)
    {
    }

    public function show(Request $request): string
    {
        $query = $this->collector->start($request, 'db.query', [
            'db.statement' => 'select * from products where slug = ? limit 1',
            'db.binding' => basename($request->path),
        ]);
        $query->endedAt = hrtime(true);

        return json_encode(['slug' => basename($request->path)]);
    }
}

namespace Main;

use App\Http\Controllers\ProductController;
use App\Http\Middleware\TraceRequests;
use App\Http\Request;
use App\Observability\SpanCollector;
use App\Routing\Route;
use App\Routing\Router;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$router = new Router([
    new Route('products.show', '/products/', 'ProductController@show'),
    new Route('cart.show', '/cart', 'CartController@show'),
    new Route('fallback', '/', 'PageController@show'),
]);
$collector = new SpanCollector();
$middleware = new TraceRequests($collector, $router);
$controller = new ProductController($collector);

// frankenphp_handle_request() loop stand-in
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/products/ergonomic-chair-' . $i, [
        'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
        'accept-language' => 'de-DE,de;q=0.9,en;q=0.8',
    ]);
    $middleware($request, $controller->show(...));
    unset($request);
}
