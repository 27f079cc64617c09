<?php

declare(strict_types=1);

namespace App\Http;

use App\Metrics\Metrics;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class RouteMatch
{
    public function __construct(public readonly string $template, public readonly string $handler, public readonly array $params)
    {
    }
}

final class Router
{
    /** @param array<string, string> $routes template => handler, compiled at boot */
    public function __construct(private readonly array $routes)
    {
    }

    public function match(string $path): ?RouteMatch
    {
        foreach ($this->routes as $template => $handler) {
            $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $template) . '$#';
            if (preg_match($regex, $path, $m) === 1) {
                return new RouteMatch($template, $handler, array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));
            }
        }

        return null;
    }
}

final class Kernel
{
    public function __construct(private readonly Router $router)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $started = hrtime(true);
        $method = $request->server['request_method'];
        $path = $request->server['request_uri'];

        $match = $this->router->match($path);
        $status = $match === null ? 404 : 200;
        $response->status = $status;
        $response->end(json_encode(['handler' => $match?->handler, 'params' => $match?->params ?? []]));

        $this->recordLatency($method, $path, $match, $status, (hrtime(true) - $started) / 1e9);
    }

    private function recordLatency(string $method, string $path, ?RouteMatch $match, int $status, float $seconds): void
    {
        Metrics::requestLatency()->observe($seconds, [$method, $path, (string) $status]); // leak
    }
}
