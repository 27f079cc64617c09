<?php
// RoadRunner HTTP worker for the metered paywall endpoint. The metering
// library was written for php-fpm, where the meter object dies with the
// request; here it is built once and reused by every request.

namespace Spiral\RoadRunner\Http {

    final class ServerRequest
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $cookies,
            public readonly array $headers,
            public readonly array $query,
        ) {
        }
    }

    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $limit)
        {
        }

        public function waitRequest(): ?ServerRequest
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $i = $this->served++;
            return new ServerRequest(
                'GET',
                '/api/meter/articles/' . (731000 + $i * 3),
                ['ledger_rid' => sprintf('r-%08x', 0x5a3100 + $i * 17), 'ledger_sub' => $i % 5 === 0 ? '1' : '0'],
                [
                    'referer' => 'https://www.google.com/search?q=council+budget+review+' . $i,
                    'user-agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_' . ($i % 4) . ' like Mac OS X) Mobile/15E148',
                ],
                ['section' => ['politics', 'business', 'culture'][$i % 3]],
            );
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace Ledger\Paywall {

    final class RedisConnection
    {
        private int $bytesWritten = 0;

        public function command(string ...$args): int
        {
            $frame = '*' . count($args) . "\r\n";
            foreach ($args as $arg) {
                $frame .= '$' . strlen($arg) . "\r\n" . $arg . "\r\n";
            }
            $this->bytesWritten += strlen($frame);
            return crc32($frame) % 4;
        }
    }

    final class MeterSink
    {
        public function __construct(private RedisConnection $redis)
        {
        }

        public function used(string $meterKey): int
        {
            return $this->redis->command('HGET', $meterKey, 'views');
        }

        public function incrementBy(string $meterKey, int $views, int $lastSeen): void
        {
            $this->redis->command('HINCRBY', $meterKey, 'views', (string) $views);
            $this->redis->command('HSET', $meterKey, 'last_seen', (string) $lastSeen);
        }
    }

    final class MeteringPolicy
    {
        public function __construct(
            public readonly int $freeArticlesPerMonth,
            public readonly int $flushThreshold,
        ) {
        }

        public static function fromConfig(array $config): self
        {
            return new self(
                (int) ($config['paywall.free_per_month'] ?? 5),
                (int) ($config['paywall.flush_threshold'] ?? 0),
            );
        }
    }

    trait BuffersMeterEvents
    {
        /** @var array<string, list<array>> */
        private static array $pendingEvents = [];
        private static int $pendingCount = 0;

        protected function bufferEvent(string $meterKey, array $event): void
        {
            self::$pendingEvents[$meterKey][] = $event;
            self::$pendingCount++;
        }

        protected function pendingFor(string $meterKey): int
        {
            return count(self::$pendingEvents[$meterKey] ?? []);
        }

        protected function flushIfDue(): void
        {
            // 0 means "no batching": everything goes out when the meter is destroyed.
            if ($this->policy->flushThreshold > 0 && self::$pendingCount >= $this->policy->flushThreshold) {
                $this->flush();
            }
        }

        public function flush(): void
        {
            foreach (self::$pendingEvents as $meterKey => $events) {
                $this->sink->incrementBy($meterKey, count($events), end($events)['ts']);
            }
            self::$pendingEvents = [];
            self::$pendingCount = 0;
        }
    }

    final class Reader
    {
        public function __construct(public readonly string $id, public readonly bool $subscriber)
        {
        }
    }

    final class MeterDecision
    {
        public function __construct(public readonly bool $allowed, public readonly int $remaining)
        {
        }
    }

    final class PaywallMeter
    {
        use BuffersMeterEvents;

        public function __construct(private MeterSink $sink, private MeteringPolicy $policy)
        {
        }

        public function __destruct()
        {
            $this->flush();
        }

        public function recordView(Reader $reader, int $articleId, array $context, int $now): MeterDecision
        {
            if ($reader->subscriber) {
                return new MeterDecision(true, PHP_INT_MAX);
            }

            $meterKey = $this->meterKey($reader, $now);
            $used = $this->sink->used($meterKey) + $this->pendingFor($meterKey);
            if ($used >= $this->policy->freeArticlesPerMonth) {
                return new MeterDecision(false, 0);
            }

            $this->bufferEvent($meterKey, $this->event($articleId, $context, $now));
            $this->flushIfDue();

            return new MeterDecision(true, $this->policy->freeArticlesPerMonth - $used - 1);
        }

        private function meterKey(Reader $reader, int $now): string
        {
            return sprintf('paywall:meter:%s:%s', $reader->id, gmdate('Y-m', $now));
        }

        private function event(int $articleId, array $context, int $now): array
        {
            return [
                'article' => $articleId,
                'section' => $context['section'],
                'referrer' => $context['referrer'],
                'device' => $context['device'],
                'ts' => $now,
            ];
        }
    }

    final class MeterController
    {
        public function __construct(private PaywallMeter $meter)
        {
        }

        public function __invoke(\Spiral\RoadRunner\Http\ServerRequest $request, int $now): string
        {
            $reader = new Reader(
                (string) ($request->cookies['ledger_rid'] ?? 'anon'),
                ($request->cookies['ledger_sub'] ?? '0') === '1',
            );
            $articleId = (int) basename($request->path);
            $decision = $this->meter->recordView($reader, $articleId, [
                'section' => (string) ($request->query['section'] ?? 'news'),
                'referrer' => (string) ($request->headers['referer'] ?? ''),
                'device' => (string) ($request->headers['user-agent'] ?? ''),
            ], $now);

            return json_encode(['allowed' => $decision->allowed, 'remaining' => $decision->remaining]);
        }
    }
}

namespace {

    use Ledger\Paywall\MeterController;
    use Ledger\Paywall\MeteringPolicy;
    use Ledger\Paywall\MeterSink;
    use Ledger\Paywall\PaywallMeter;
    use Ledger\Paywall\RedisConnection;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $config = [
        'paywall.free_per_month' => 5,
        'paywall.flush_threshold' => 20, // batch HINCRBY calls; the meter lives as long as the worker
    ];

    $controller = new MeterController(new PaywallMeter(
        new MeterSink(new RedisConnection()),
        MeteringPolicy::fromConfig($config),
    ));

    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
    $clock = 1709283600;
    while ($request = $worker->waitRequest()) {
        $clock += 7;
        $worker->respond(200, $controller($request, $clock));
    }
}
