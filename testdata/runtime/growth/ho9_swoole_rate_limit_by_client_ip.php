<?php
// A Swoole HTTP server throttles API calls with sliding-window counters held by a rate limiter created before start().

namespace Swoole\Http {
    final class Request
    {
        public array $server = [];
        public array $header = [];
    }

    final class Response
    {
        public function status(int $code): void {}
        public function end(string $body = ''): void {}
    }

    final class Server
    {
        private array $callbacks = [];
        public function __construct(public string $host, public int $port) {}
        public function on(string $event, callable $cb): void { $this->callbacks[$event] = $cb; }

        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $uris = ['/api/orders/%d', '/api/search?q=item%d', '/api/profile/%d/avatar'];
            for ($i = 0; $i < $n; $i++) {
                $req = new Request();
                $req->server = ['request_uri' => sprintf($uris[$i % 3], $i), 'remote_addr' => sprintf('10.%d.%d.%d', $i >> 16 & 255, $i >> 8 & 255, $i & 255)];
                $req->header = ['user-agent' => 'mobile-app/5.2'];
                ($this->callbacks['request'])($req, new Response());
            }
        }
    }
}

namespace App {
    final class Window
    {
        /** @var list<float> */
        public array $hits = [];
        public string $lastClient = '';
        public function __construct(public readonly string $key, public readonly string $policy) {}
    }

    final class RateLimiter
    {
        /** @var array<string, Window> */
        private array $windows = [];

        /** @param array<string, int> $limits route slug => max hits per minute, registered at boot */
        public function __construct(private array $limits) {}

        public function attempt(string $route, string $clientIp, float $now): bool
        {
            $key = sprintf('%s|%s', $route, $clientIp);
            $window = $this->windows[$key] ??= new Window($key, "{$route}:{$this->limits[$route]}/60s"); // leak
            $window->hits[] = $now;
            $window->lastClient = $clientIp;
            if (count($window->hits) > 16) {
                $window->hits = array_slice($window->hits, -16);
            }

            return count(array_filter($window->hits, fn ($t) => $t > $now - 60)) <= $this->limits[$route];
        }
    }

    final class RouteTable
    {
        private const PREFIXES = ['/api/orders/' => 'orders', '/api/search' => 'search', '/api/profile/' => 'profile'];

        public static function slug(string $uri): string
        {
            foreach (self::PREFIXES as $prefix => $slug) {
                if (str_starts_with($uri, $prefix)) {
                    return $slug;
                }
            }
            return 'default';
        }
    }
}

namespace {
    use App\RateLimiter;
    use App\RouteTable;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $limiter = new RateLimiter(['orders' => 120, 'search' => 60, 'profile' => 30, 'default' => 300]);
    $server = new Server('0.0.0.0', 9501);
    $server->on('request', function (Request $request, Response $response) use ($limiter) {
        $route = RouteTable::slug($request->server['request_uri']);
        if (!$limiter->attempt($route, $request->server['remote_addr'], microtime(true))) {
            $response->status(429);
            $response->end('{"error":"too many requests"}');
            return;
        }
        $response->end('{"ok":true,"route":"' . $route . '"}');
    });
    $server->start();
}
