<?php

declare(strict_types=1);

namespace Swoole\Http {
    // Stand-ins for ext-swoole's HTTP server: the event loop is simulated.

    final class Request
    {
        /** @var array<string, string> */
        public array $header = [];
        /** @var array<string, string|int> */
        public array $server = [];
    }

    final class Response
    {
        public int $statusCode = 200;
        /** @var array<string, string> */
        public array $headers = [];
        public string $body = '';

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $name, string $value): void
        {
            $this->headers[$name] = $value;
        }

        public function end(string $body = ''): void
        {
            $this->body = $body;
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            $requests = (int) (getenv('PHPLEAK_N') ?: 100);
            $paths = ['/api/orders', '/api/orders/42', '/api/invoices', '/api/health', '/api/customers/7/addresses'];
            for ($i = 1; $i <= $requests; $i++) {
                $request = new Request();
                $request->server = [
                    'request_method' => 'GET',
                    'request_uri' => $paths[$i % count($paths)],
                    'remote_addr' => sprintf('10.%d.%d.%d', intdiv($i, 65536) % 256, intdiv($i, 256) % 256, $i % 256),
                    'request_time_float' => microtime(true),
                ];
                $request->header = [
                    'host' => 'api.shop.test',
                    'user-agent' => sprintf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.%d.0 Safari/537.36', $i),
                    'accept' => 'application/json',
                    'x-request-id' => bin2hex(random_bytes(12)),
                ];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Http {
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class RouteTable
    {
        /** @var array<string, string> pattern => route name, fixed at boot */
        private const ROUTES = [
            '#^/api/orders$#' => 'orders.index',
            '#^/api/orders/\d+$#' => 'orders.show',
            '#^/api/invoices$#' => 'invoices.index',
            '#^/api/customers/\d+/addresses$#' => 'customers.addresses',
            '#^/api/health$#' => 'health',
        ];

        public function match(string $uri): string
        {
            foreach (self::ROUTES as $pattern => $name) {
                if (preg_match($pattern, $uri) === 1) {
                    return $name;
                }
            }

            return 'fallback';
        }
    }

    final class RateBucket
    {
        public int $hits = 0;
        public array $lastHeaders = [];

        public function __construct(
            public readonly string $key,
            public readonly int $limit,
            public float $windowStart,
        ) {
        }
    }

    final class ApiKernel
    {
        /** @var list<callable(Request, callable): ?string> */
        private array $middleware = [];

        public function __construct(private readonly RouteTable $routes)
        {
        }

        public function pipe(callable $middleware): void
        {
            $this->middleware[] = $middleware;
        }

        public function routes(): RouteTable
        {
            return $this->routes;
        }

        public function handle(Request $request, Response $response): void
        {
            $core = static fn (Request $r): ?string => json_encode(['ok' => true, 'uri' => $r->server['request_uri']]);
            $pipeline = array_reduce(
                array_reverse($this->middleware),
                static fn (callable $next, callable $mw): callable => static fn (Request $r): ?string => $mw($r, $next),
                $core,
            );
            $body = $pipeline($request);
            if ($body === null) {
                $response->status(429);
                $body = '{"error":"too many requests"}';
            }
            $response->header('content-type', 'application/json');
            $response->end($body);
        }
    }

    function throttle(RouteTable $routes, int $limit, float $window): callable
    {
        return static function (Request $request, callable $next) use ($routes, $limit, $window): ?string {
            static $buckets = [];

            $now = (float) $request->server['request_time_float'];
            $key = $routes->match((string) $request->server['request_uri']) . '|' . $request->server['remote_addr'];
            $bucket = $buckets[$key] ??= new RateBucket($key, $limit, $now); // leak
            if ($now - $bucket->windowStart > $window) {
                $bucket->windowStart = $now;
                $bucket->hits = 0;
            }
            $bucket->hits++;
            $bucket->lastHeaders = $request->header;

            return $bucket->hits > $bucket->limit ? null : $next($request);
        };
    }
}

namespace {
    use App\Http\ApiKernel;
    use App\Http\RouteTable;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    use function App\Http\throttle;

    $kernel = new ApiKernel(new RouteTable());
    $kernel->pipe(throttle($kernel->routes(), limit: 600, window: 60.0));

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', static function (Request $request, Response $response) use ($kernel): void {
        $kernel->handle($request, $response);
    });
    $server->start();
}
