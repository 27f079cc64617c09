<?php

declare(strict_types=1);

namespace App\Http;

final class Kernel
{
    private readonly MiddlewareStack $middleware;

    public function __construct(private readonly Router $router)
    {
        $this->middleware = new MiddlewareStack();
        $this->middleware->pipe(static function (Request $request, callable $next): Response {
            $response = $next($request);
            $response->headers['X-Frame-Options'] = 'DENY';

            return $response;
        });
    }

    public function handle(Request $request): Response
    {
        $route = $this->router->match($request);

        if (in_array('throttle', $route->middleware, true)) {
            $this->middleware->pipe(function (Request $request, callable $next) use ($route): Response { // leak
                // only applies to the route it was registered for
                if (($request->attributes['_route'] ?? null) !== $route->name) {
                    return $next($request);
                }
                $response = $next($request);
                $response->headers['X-RateLimit-Limit'] = (string) ($route->meta['rate_limit'] ?? 60);
                $response->headers['X-RateLimit-Route'] = $route->pattern;

                return $response;
            });
        }

        $request->attributes['_route'] = $route->name;

        return $this->middleware->process($request, fn (Request $r): Response => $this->dispatch($route, $r));
    }

    private function dispatch(Route $route, Request $request): Response
    {
        return new Response(200, ['Content-Type' => 'application/json'], json_encode([
            'route' => $route->name,
            'params' => $route->parameters,
        ]));
    }
}

final class Router
{
    public function match(Request $request): Route
    {
        if (preg_match('#^/api/orders/(\d+)$#', parse_url($request->uri, PHP_URL_PATH), $m)) {
            return new Route('api.orders.show', '/api/orders/{order}', ['order' => (int) $m[1]], ['api', 'auth:sanctum', 'throttle'], [
                'rate_limit' => 120,
                'description' => str_repeat('Show a single order with its lines and shipments. ', 8),
            ]);
        }

        return new Route('home', '/', [], ['web']);
    }
}
