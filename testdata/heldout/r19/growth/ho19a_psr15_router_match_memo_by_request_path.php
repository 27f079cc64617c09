<?php

declare(strict_types=1);

namespace Mini\Http;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers = [],
        private array $attributes = [],
    ) {
    }

    public function withAttribute(string $name, mixed $value): self
    {
        $clone = clone $this;
        $clone->attributes[$name] = $value;

        return $clone;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body = '')
    {
    }
}

interface RequestHandlerInterface
{
    public function handle(Request $request): Response;
}

interface MiddlewareInterface
{
    public function process(Request $request, RequestHandlerInterface $handler): Response;
}

final class Container
{
    private static ?self $instance = null;
    /** @var array<string, object> */
    private array $services = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function set(string $id, object $service): void
    {
        $this->services[$id] = $service;
    }

    public function get(string $id): object
    {
        return $this->services[$id] ?? throw new \RuntimeException("Unknown service {$id}");
    }
}

final class Route
{
    public function __construct(
        public readonly string $name,
        public readonly string $method,
        public readonly string $pattern,
        public readonly \Closure $action,
    ) {
    }
}

final class RouteMatch
{
    public function __construct(
        public readonly Route $route,
        public readonly string $path,
        public readonly array $params,
    ) {
    }
}

final class Router
{
    /** @var list<Route> */
    private array $routes = [];
    /** @var array<string, string> */
    private array $regex = [];
    /** @var array<string, RouteMatch|null> */
    private array $matched = [];

    public function add(string $name, string $method, string $pattern, \Closure $action): void
    {
        $this->routes[] = new Route($name, $method, $pattern, $action);
    }

    public function match(string $method, string $path): ?RouteMatch
    {
        $key = $method . ' ' . rtrim($path, '/');
        if (array_key_exists($key, $this->matched)) {
            return $this->matched[$key];
        }
        foreach ($this->routes as $route) {
            if ($route->method === $method && preg_match($this->regexFor($route), $path, $m)) {
                $params = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);

                return $this->matched[$key] = new RouteMatch($route, $path, $params); // leak
            }
        }

        return $this->matched[$key] = null; // leak
    }

    private function regexFor(Route $route): string
    {
        return $this->regex[$route->name] ??= '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $route->pattern) . '/?$#';
    }
}

final class RoutingMiddleware implements MiddlewareInterface
{
    public function process(Request $request, RequestHandlerInterface $handler): Response
    {
        /** @var Router $router */
        $router = Container::getInstance()->get(Router::class);
        $match = $router->match($request->method, $request->path);
        if ($match === null) {
            return new Response(404, 'Not Found');
        }

        return $handler->handle($request->withAttribute('route', $match));
    }
}

final class DispatchMiddleware implements MiddlewareInterface
{
    public function process(Request $request, RequestHandlerInterface $handler): Response
    {
        $match = $request->getAttribute('route');

        return ($match->route->action)($request, ...$match->params);
    }
}

final class Pipeline implements RequestHandlerInterface
{
    private int $index = 0;

    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    public function handle(Request $request): Response
    {
        $middleware = $this->middleware[$this->index] ?? null;
        if ($middleware === null) {
            return new Response(500, 'Pipeline exhausted');
        }
        $next = clone $this;
        $next->index++;

        return $middleware->process($request, $next);
    }
}

// ---- boot -------------------------------------------------------------

$router = new Router();
$router->add('health', 'GET', '/health', fn (Request $r) => new Response(200, 'ok'));
$router->add('order.items', 'GET', '/api/v1/orders/{order}/items', fn (Request $r, string $order) => new Response(200, json_encode(['order' => $order, 'items' => []])));
$router->add('order.show', 'GET', '/api/v1/orders/{order}', fn (Request $r, string $order) => new Response(200, json_encode(['id' => $order])));
$router->add('customer.show', 'GET', '/api/v1/customers/{customer}', fn (Request $r, string $customer) => new Response(200, json_encode(['id' => $customer])));
Container::getInstance()->set(Router::class, $router);
unset($router);

$app = new Pipeline([new RoutingMiddleware(), new DispatchMiddleware()]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $path = match ($i % 3) {
        0 => '/api/v1/orders/' . (700000 + $i) . '/items',
        1 => '/api/v1/customers/' . md5('customer' . $i),
        default => '/api/v1/orders/' . (900000 + $i),
    };
    $response = $app->handle(new Request('GET', $path, ['accept' => 'application/json']));
    unset($response);
}
