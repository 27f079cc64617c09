<?php
declare(strict_types=1);

// Swoole HTTP gateway in front of the partner API: authenticates the API key,
// applies the plan's sliding-window rate limit and forwards to the upstream.

namespace Swoole\Http {
    class Request
    {
        public array $header = [];
        public array $server = [];
        public array $get = [];
    }

    class Response
    {
        public int $statusCode = 200;
        public array $headers = [];
        public string $body = '';

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $content = ''): void
        {
            $this->body = $content;
        }
    }

    class Server
    {
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        /** Stand-in for the reactor handing this worker its next request. */
        public function handle(Request $request): Response
        {
            $response = new Response();
            ($this->callbacks['request'])($request, $response);

            return $response;
        }
    }
}

namespace App\Gateway {
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    enum Plan: string
    {
        case Starter = 'starter';
        case Business = 'business';
        case Enterprise = 'enterprise';

        public function perMinute(): int
        {
            return match ($this) {
                self::Starter => 600,
                self::Business => 3000,
                self::Enterprise => 12000,
            };
        }
    }

    final class ApiClient
    {
        public function __construct(
            public readonly string $keyId,
            public readonly string $tenant,
            public readonly Plan $plan,
        ) {
        }
    }

    final class ApiKeyRepository
    {
        /** @param array<string, ApiClient> $byKey */
        public function __construct(private readonly array $byKey)
        {
        }

        public function find(string $apiKey): ?ApiClient
        {
            return $this->byKey[$apiKey] ?? null;
        }
    }

    trait HoldsRequestWindows
    {
        /** @var array<string, list<array<string, mixed>>> */
        private static array $windows = [];

        private static function remember(string $bucket, array $hit): void
        {
            self::$windows[$bucket][] = $hit;
        }

        private static function hitsIn(string $bucket): int
        {
            return \count(self::$windows[$bucket] ?? []);
        }

        private static function forgetBefore(string $bucket, float $cutoff): void
        {
            self::$windows[$bucket] = \array_values(\array_filter(
                self::$windows[$bucket] ?? [],
                static fn (array $hit): bool => $hit['at'] >= $cutoff,
            ));
        }
    }

    final class SlidingWindowLimiter
    {
        use HoldsRequestWindows;

        private const WINDOW_SECONDS = 60.0;

        public function attempt(ApiClient $client, array $hit): bool
        {
            $bucket = self::bucket($client);
            $limit = $client->plan->perMinute();

            // slide the window first so the count only sees the last minute
            self::forgetBefore($bucket, $hit['at'] - self::WINDOW_SECONDS);
            if (self::hitsIn($bucket) >= $limit) {
                return false;
            }
            self::remember($bucket, $hit);

            return true;
        }

        private static function bucket(ApiClient $client): string
        {
            return 'rl:' . $client->tenant . ':' . $client->keyId;
        }
    }

    final class GatewayKernel
    {
        public function __construct(
            private readonly ApiKeyRepository $keys,
            private readonly SlidingWindowLimiter $limiter,
        ) {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $client = $this->keys->find($request->header['x-api-key'] ?? '');
            if ($client === null) {
                $response->status(401);
                $response->end('{"error":"invalid api key"}');

                return;
            }

            $hit = $this->describe($request);
            if (!$this->limiter->attempt($client, $hit)) {
                $response->status(429);
                $response->header('Retry-After', '60');
                $response->end('{"error":"rate limited"}');

                return;
            }

            $response->header('X-Request-Id', $hit['request_id']);
            $response->end(\json_encode(['proxied' => $hit['method'] . ' ' . $hit['path']]));
        }

        private function describe(Request $request): array
        {
            return [
                'at' => (float) $request->server['request_time_float'],
                'method' => $request->server['request_method'],
                'path' => $request->server['request_uri'],
                'ip' => $request->header['x-forwarded-for'] ?? $request->server['remote_addr'],
                'request_id' => $request->header['x-request-id'] ?? \bin2hex(\random_bytes(12)),
                'user_agent' => $request->header['user-agent'] ?? '',
            ];
        }
    }
}

namespace {
    use App\Gateway\ApiClient;
    use App\Gateway\ApiKeyRepository;
    use App\Gateway\GatewayKernel;
    use App\Gateway\Plan;
    use App\Gateway\SlidingWindowLimiter;
    use Swoole\Http\Request;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', new GatewayKernel(
        new ApiKeyRepository([
            'pk_live_7Fh2kQ' => new ApiClient('key-101', 'acme-logistics', Plan::Business),
            'pk_live_Zx93Lm' => new ApiClient('key-102', 'northwind', Plan::Starter),
            'pk_live_Qa55Tr' => new ApiClient('key-207', 'globex', Plan::Enterprise),
            'pk_live_Bb01Nc' => new ApiClient('key-311', 'initech', Plan::Starter),
        ]),
        new SlidingWindowLimiter(),
    ));

    $keys = ['pk_live_7Fh2kQ', 'pk_live_Zx93Lm', 'pk_live_Qa55Tr', 'pk_live_Bb01Nc'];
    $routes = ['/v2/shipments/%d', '/v2/shipments/%d/events', '/v2/quotes?lane=%d', '/v2/invoices/%d/pdf'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $request = new Request();
        $request->header = [
            'x-api-key' => $keys[$i % count($keys)],
            'x-forwarded-for' => sprintf('192.0.2.%d', ($i * 31) % 254 + 1),
            'x-request-id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', crc32('r' . $i), $i & 0xffff, $i % 4096, ($i * 7) % 4096, $i * 7919),
            'user-agent' => 'partner-sdk-php/3.4.' . ($i % 3),
        ];
        $request->server = [
            'request_method' => $i % 5 === 0 ? 'POST' : 'GET',
            'request_uri' => sprintf($routes[$i % count($routes)], 880000 + $i * 13),
            'remote_addr' => '10.1.0.4',
            'request_time_float' => 1700000000.0 + $i * 0.5,
        ];
        $server->handle($request);
    }
}
