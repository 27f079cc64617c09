<?php

declare(strict_types=1);

namespace Newsroom\Http;

use Prometheus\Registry;
use Swoole\Http\Request;
use Swoole\Http\Response;

enum StatusClass: string
{
    case Success = '2xx';
    case Redirect = '3xx';
    case ClientError = '4xx';
    case ServerError = '5xx';

    public static function of(int $status): self
    {
        return match (intdiv($status, 100)) {
            2 => self::Success,
            3 => self::Redirect,
            4 => self::ClientError,
            default => self::ServerError,
        };
    }
}

final class App
{
    /** @var array<string, array{string, callable}> pattern => [route name, action] */
    private array $routes;

    public function __construct()
    {
        $this->routes = [
            '#^/api/articles/(\d+)$#' => ['articles.show', static fn (array $m) => ['id' => (int) $m[1], 'title' => 'Headline']],
            '#^/api/articles/(\d+)/comments$#' => ['articles.comments', static fn (array $m) => ['article' => (int) $m[1], 'comments' => []]],
            '#^/api/authors/(\d+)$#' => ['authors.show', static fn (array $m) => ['id' => (int) $m[1], 'name' => 'Staff writer']],
        ];
    }

    public function __invoke(Request $request, Response $response): void
    {
        $started = hrtime(true);
        $path = $request->server['request_uri'];
        $route = 'unmatched';
        $status = 404;
        $body = ['error' => 'not_found'];

        foreach ($this->routes as $pattern => [$name, $action]) {
            if (preg_match($pattern, $path, $m)) {
                [$route, $status, $body] = [$name, 200, $action($m)];
                break;
            }
        }

        $response->status($status);
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode($body));

        $this->record($request, $route, $status, (hrtime(true) - $started) / 1e9);
    }

    private function record(Request $request, string $route, int $status, float $seconds): void
    {
        Registry::default()
            ->histogram('http_server_request_duration_seconds', ['method', 'route', 'status'])
            ->observe($seconds, [$request->server['request_method'], $route, StatusClass::of($status)->value]);
    }
}
