<?php

declare(strict_types=1);

// amphp/http-server app serving player stat pages for the tournament site.
// A timing middleware remembers each in-flight request so the access logger
// and the Server-Timing header can read how long the handler took.

namespace Amp\Http\Server {
    final class Uri
    {
        public function __construct(private string $path, private string $query = '')
        {
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getQuery(): string
        {
            return $this->query;
        }
    }

    final class Request
    {
        private array $attributes = [];

        public function __construct(
            private string $method,
            private Uri $uri,
            private array $headers = [],
            private string $remoteAddress = '127.0.0.1',
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): Uri
        {
            return $this->uri;
        }

        public function getHeader(string $name): ?string
        {
            return $this->headers[strtolower($name)][0] ?? null;
        }

        public function getHeaders(): array
        {
            return $this->headers;
        }

        public function setAttribute(string $name, mixed $value): void
        {
            $this->attributes[$name] = $value;
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? null;
        }

        public function getRemoteAddress(): string
        {
            return $this->remoteAddress;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }

        public function setHeader(string $name, string $value): void
        {
            $this->headers[strtolower($name)] = [$value];
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    interface Middleware
    {
        public function handleRequest(Request $request, RequestHandler $next): Response;
    }

    final class ClosureRequestHandler implements RequestHandler
    {
        public function __construct(private \Closure $closure)
        {
        }

        public function handleRequest(Request $request): Response
        {
            return ($this->closure)($request);
        }
    }

    function stackMiddleware(RequestHandler $handler, Middleware ...$middlewares): RequestHandler
    {
        foreach (array_reverse($middlewares) as $middleware) {
            $handler = new ClosureRequestHandler(static fn (Request $r) => $middleware->handleRequest($r, $handler));
        }
        return $handler;
    }

    /** Stand-in for SocketHttpServer: every accepted request is handled in its own fiber. */
    final class SocketHttpServer
    {
        public function __construct(private \Closure $accept)
        {
        }

        public function start(RequestHandler $handler, int $requests): void
        {
            for ($i = 0; $i < $requests; $i++) {
                $request = ($this->accept)($i);
                $fiber = new \Fiber(static fn () => $handler->handleRequest($request));
                $fiber->start();
                $request = $fiber = null;
            }
        }
    }
}

namespace App\Http {
    use Amp\Http\Server\Middleware;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    final class RequestTiming
    {
        public ?float $handlerMs = null;

        private string $route;

        public function __construct(
            Request $request,
            public readonly int $startedAt,
        ) {
            $this->route = $request->getMethod() . ' ' . $request->getUri()->getPath();
        }

        public function route(): string
        {
            return $this->route;
        }
    }

    final class ServerTimingMiddleware implements Middleware
    {
        /** @var array<int, RequestTiming> keyed by the request object */
        private array $inflight = [];

        public function handleRequest(Request $request, RequestHandler $next): Response
        {
            $timing = new RequestTiming($request, hrtime(true));
            $this->inflight[spl_object_id($request)] = $timing;
            $response = $next->handleRequest($request);
            $timing->handlerMs = (hrtime(true) - $timing->startedAt) / 1e6;
            $response->setHeader('server-timing', sprintf('app;dur=%.2f;desc="%s"', $timing->handlerMs, $timing->route()));
            return $response;
        }

        public function timingFor(Request $request): ?RequestTiming
        {
            return $this->inflight[spl_object_id($request)] ?? null;
        }
    }

    final class PlayerStatsHandler implements RequestHandler
    {
        public function __construct(private array $seasonAverages)
        {
        }

        public function handleRequest(Request $request): Response
        {
            if (!preg_match('#^/players/(\d+)/stats$#', $request->getUri()->getPath(), $m)) {
                return new Response(404);
            }
            $id = (int) $m[1];
            $stats = [
                'player' => $id,
                'kd' => round(0.6 + ($id % 90) / 100, 2),
                'adr' => 60 + $id % 45,
                'hs_pct' => 30 + $id % 35,
                'rating' => round(0.8 + ($id % 60) / 100, 2),
            ];
            $stats['vs_average'] = array_map(static fn ($avg, $v) => round($v - $avg, 2), $this->seasonAverages, array_slice($stats, 1));
            return new Response(200, ['content-type' => ['application/json']], json_encode($stats));
        }
    }
}

namespace {
    use Amp\Http\Server\Request;
    use Amp\Http\Server\SocketHttpServer;
    use Amp\Http\Server\Uri;
    use App\Http\PlayerStatsHandler;
    use App\Http\ServerTimingMiddleware;
    use function Amp\Http\Server\stackMiddleware;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $timing = new ServerTimingMiddleware();
    $handler = stackMiddleware(new PlayerStatsHandler(['kd' => 1.0, 'adr' => 78.0, 'hs_pct' => 45.0, 'rating' => 1.05]), $timing);

    $server = new SocketHttpServer(static function (int $i): Request {
        return new Request('GET', new Uri('/players/' . (31000 + $i) . '/stats', 'season=2024&split=spring'), [
            'accept' => ['application/json'],
            'user-agent' => ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36'],
            'accept-language' => ['en-GB,en;q=0.9,de;q=0.7'],
            'x-request-id' => [sprintf('%08x-%04x-4%03x-a%03x-%012x', $i * 7919, $i % 65536, $i % 4096, ($i * 13) % 4096, $i * 104729)],
            'referer' => ['https://esports.example.com/tournaments/spring-major/players?page=' . ($i % 40)],
        ], '198.51.100.' . ($i % 254 + 1));
    });
    $server->start($handler, $n);
}
