<?php

declare(strict_types=1);

namespace App\Routing;

final class Route
{
    public function __construct(
        public readonly string $method,
        public readonly string $pattern,
        public readonly string $action,
    ) {
    }
}

final class Request
{
    private ?Route $route = null;

    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers = [],
    ) {
    }

    public function setRoute(Route $route): void
    {
        $this->route = $route;
    }

    public function route(): Route
    {
        return $this->route ?? throw new \LogicException('Request not routed yet');
    }
}

final class Router
{
    /** @var list<Route> */
    private array $routes = [];

    public function add(string $method, string $pattern, string $action): void
    {
        $this->routes[] = new Route($method, $pattern, $action);
    }

    public function match(Request $request): Route
    {
        foreach ($this->routes as $route) {
            $regex = '#^' . preg_replace('#\{\w+\}#', '[^/]+', $route->pattern) . '$#';
            if ($route->method === $request->method && preg_match($regex, $request->path)) {
                $request->setRoute($route);

                return $route;
            }
        }
        throw new \RuntimeException('404');
    }
}

namespace App\Tracing;

final class Span
{
    public function __construct(
        public readonly string $name,
        public readonly float $start,
        public ?float $end = null,
        public array $attributes = [],
    ) {
    }
}

final class SpanList
{
    /** @var list<Span> */
    private array $spans = [];

    public function add(Span $span): Span
    {
        $this->spans[] = $span; // leak

        return $span;
    }

    public function serverTiming(): string
    {
        $parts = [];
        foreach ($this->spans as $span) {
            $parts[] = sprintf('%s;dur=%.1f', $span->name, (($span->end ?? $span->start) - $span->start) * 1000);
        }

        return implode(', ', array_slice($parts, -5));
    }
}

/**
 * Spans are grouped per unit of work. A WeakMap is used so that the groups
 * disappear together with whatever object they are attached to, which keeps
 * concurrent coroutines on the same worker from mixing their spans.
 */
final class SpanCollector
{
    private \WeakMap $groups;

    public function __construct()
    {
        $this->groups = new \WeakMap();
    }

    public function start(object $unitOfWork, string $name, array $attributes = []): Span
    {
        $list = $this->groups[$unitOfWork] ??= new SpanList();

        return $list->add(new Span($name, microtime(true), null, $attributes));
    }

    public function serverTiming(object $unitOfWork): string
    {
        return isset($this->groups[$unitOfWork]) ? $this->groups[$unitOfWork]->serverTiming() : '';
    }
}

namespace App\Http;

use App\Routing\Request;
use App\Routing\Router;
use App\Tracing\SpanCollector;

final class TracingMiddleware
{
    public function __construct(
        private readonly Router $router,
        private readonly SpanCollector $spans,
    ) {
    }

    public function __invoke(Request $request, callable $next): array
    {
        $route = $this->router->match($request);
        $span = $this->spans->start($request->route(), 'http.server', [
            'http.route' => $route->pattern,
            'http.target' => $request->path,
            'http.user_agent' => $request->headers['user-agent'] ?? '',
            'trace.parent' => $request->headers['traceparent'] ?? '',
        ]);
        $response = $next($request);
        $span->end = microtime(true);
        $response['headers']['Server-Timing'] = $this->spans->serverTiming($request->route());

        return $response;
    }
}

// Swoole server stand-in: router, collector and middleware are created in onWorkerStart.
$router = new Router();
$router->add('GET', '/orders/{id}', 'OrderController@show');
$router->add('GET', '/orders', 'OrderController@index');
$router->add('POST', '/orders', 'OrderController@store');
$middleware = new TracingMiddleware($router, new SpanCollector());
$controller = static fn (Request $r): array => ['status' => 200, 'body' => ['path' => $r->path]];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/orders/' . (5000 + $i), [
        'user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) Safari/605.1.15 build/' . $i,
        'traceparent' => sprintf('00-%032x-%016x-01', $i * 104729, $i + 1),
    ]);
    $middleware($request, $controller);
}
