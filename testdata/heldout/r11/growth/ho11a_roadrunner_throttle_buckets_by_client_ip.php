<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {

    final class ServerRequest
    {
        public function __construct(
            private string $path,
            private array $headers,
            private array $serverParams,
        ) {
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getServerParams(): array
        {
            return $this->serverParams;
        }
    }

    final class PSR7Worker
    {
        private int $i = 0;
        private array $sent = [];

        public function __construct(private int $limit)
        {
        }

        public function waitRequest(): ?ServerRequest
        {
            if ($this->i >= $this->limit) {
                return null;
            }
            $i = $this->i++;
            $plans = ['free', 'pro', 'enterprise', 'trial'];

            return new ServerRequest(
                '/api/v2/reports/' . ($i % 40) . '/export',
                [
                    'x-api-plan' => $plans[$i % 4],
                    'x-api-key' => 'key_' . hash('crc32b', (string) $i),
                    'user-agent' => sprintf('reporting-cli/%d.%d (build %s)', 2, $i % 10, substr(md5((string) $i), 0, 12)),
                ],
                ['REMOTE_ADDR' => sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255), 'REQUEST_TIME_FLOAT' => microtime(true)],
            );
        }

        public function respond(int $status, string $body, array $headers = []): void
        {
            $this->sent = [$status, strlen($body), $headers];
        }
    }
}

namespace App\Http {

    use Spiral\RoadRunner\Http\ServerRequest;

    enum Plan: string
    {
        case Free = 'free';
        case Pro = 'pro';
        case Enterprise = 'enterprise';

        public function capacity(): int
        {
            return match ($this) {
                Plan::Free => 60,
                Plan::Pro => 600,
                Plan::Enterprise => 6000,
            };
        }
    }

    final class TokenBucket
    {
        public float $tokens;
        public float $updatedAt;
        /** @var list<string> */
        public array $recent = [];

        public function __construct(
            public readonly string $identity,
            public readonly int $capacity,
            public readonly array $meta,
        ) {
            $this->tokens = $capacity;
            $this->updatedAt = microtime(true);
        }

        public function take(float $now, string $path): bool
        {
            $this->tokens = min($this->capacity, $this->tokens + ($now - $this->updatedAt) * $this->capacity / 60);
            $this->updatedAt = $now;
            $this->recent[] = $path;
            if (count($this->recent) > 5) {
                array_shift($this->recent);
            }
            if ($this->tokens < 1) {
                return false;
            }
            $this->tokens -= 1;

            return true;
        }
    }

    final class ThrottleMiddleware
    {
        /** @var array<string, TokenBucket> */
        private array $buckets = [];

        public function handle(ServerRequest $request, \Closure $next): array
        {
            $plan = Plan::tryFrom($request->getHeaderLine('x-api-plan')) ?? Plan::Free;
            $key = $request->getServerParams()['REMOTE_ADDR'];

            $bucket = $this->buckets[$key] ??= new TokenBucket($key, $plan->capacity(), [ // leak
                'plan' => $plan->value,
                'agent' => $request->getHeaderLine('user-agent'),
                'api_key' => $request->getHeaderLine('x-api-key'),
            ]);

            if (!$bucket->take(microtime(true), $request->getPath())) {
                return [429, '{"error":"Too Many Requests"}', ['Retry-After' => '1']];
            }

            return $next($request);
        }
    }
}

namespace {

    use App\Http\ThrottleMiddleware;
    use Spiral\RoadRunner\Http\PSR7Worker;
    use Spiral\RoadRunner\Http\ServerRequest;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new PSR7Worker($n);
    $throttle = new ThrottleMiddleware();
    $controller = static fn (ServerRequest $r): array => [200, json_encode(['export' => $r->getPath(), 'queued' => true]), ['Content-Type' => 'application/json']];

    while (($request = $worker->waitRequest()) !== null) {
        [$status, $body, $headers] = $throttle->handle($request, $controller);
        $worker->respond($status, $body, $headers);
    }
}
