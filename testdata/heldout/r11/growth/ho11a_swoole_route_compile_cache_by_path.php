<?php

declare(strict_types=1);

namespace Swoole\Http {

    final class Request
    {
        public array $server = [];
        public array $header = [];
        public ?array $get = null;
    }

    final class Response
    {
        public int $statusCode = 200;
        public string $content = '';

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function end(string $content = ''): void
        {
            $this->content = $content;
        }
    }

    final class Server
    {
        private array $events = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->events[$event] = $callback;
        }

        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $paths = ['/products/%d', '/products/%d/reviews', '/categories/%d'];
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->server = [
                    'request_method' => 'GET',
                    'request_uri' => sprintf($paths[$i % 3], 10000 + $i),
                    'remote_addr' => '192.0.2.' . ($i % 250),
                ];
                $request->header = ['accept' => 'text/html'];
                ($this->events['request'])($request, new Response());
            }
        }
    }
}

namespace App\Routing {

    final class CompiledRoute
    {
        public function __construct(
            public readonly string $name,
            public readonly string $regex,
            public readonly array $variables,
            public readonly array $middleware,
            public readonly string $handler,
            public readonly string $staticPrefix,
        ) {
        }
    }

    final class RouteCache
    {
        /** @var array<string, CompiledRoute> */
        private static array $compiled = [];

        public static function remember(string $key, \Closure $compile): CompiledRoute
        {
            return self::$compiled[$key] ??= $compile(); // leak
        }
    }

    final class Router
    {
        private const ROUTES = [
            'product.show' => ['/products/{id}', 'ProductController@show', ['web', 'cache.headers']],
            'product.reviews' => ['/products/{id}/reviews', 'ReviewController@index', ['web', 'throttle:60,1']],
            'category.show' => ['/categories/{id}', 'CategoryController@show', ['web']],
        ];

        public function match(string $path): ?string
        {
            foreach (self::ROUTES as $name => [$pattern]) {
                $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
                if (preg_match($regex, $path)) {
                    return $name;
                }
            }

            return null;
        }

        public function compile(string $name): CompiledRoute
        {
            [$pattern, $handler, $middleware] = self::ROUTES[$name];
            preg_match_all('#\{(\w+)\}#', $pattern, $m);
            $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#sDu';

            return new CompiledRoute(
                $name,
                $regex,
                $m[1],
                array_merge(['bootstrap', 'session', 'csrf'], $middleware),
                $handler,
                substr($pattern, 0, (int) strpos($pattern, '{')),
            );
        }
    }
}

namespace {

    use App\Routing\RouteCache;
    use App\Routing\Router;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $router = new Router();
    $server = new Server('0.0.0.0', 9501);
    $server->on('request', static function (Request $request, Response $response) use ($router): void {
        $path = $request->server['request_uri'];
        $name = $router->match($path);
        if ($name === null) {
            $response->status(404);
            $response->end('Not Found');

            return;
        }

        $route = RouteCache::remember($path, static fn () => $router->compile($name));
        preg_match($route->regex, $path, $params);
        $response->end(sprintf('<h1>%s</h1><p>%s</p>', htmlspecialchars($route->handler), json_encode(array_intersect_key($params, array_flip($route->variables)))));
    });
    $server->start();
}
