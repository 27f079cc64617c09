<?php

declare(strict_types=1);

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $bytesWritten = 0;

        public function __construct(public string $remoteAddress)
        {
        }

        public function send(string $data): bool
        {
            $this->bytesWritten += strlen($data);

            return true;
        }
    }
}

namespace Workerman\Protocols\Http {
    class Request
    {
        public function __construct(private string $method, private string $uri, private string $rawBody, private array $headers)
        {
        }

        public function method(): string
        {
            return $this->method;
        }

        public function path(): string
        {
            return (string) parse_url($this->uri, PHP_URL_PATH);
        }

        public function rawBody(): string
        {
            return $this->rawBody;
        }

        public function header(string $name, ?string $default = null): ?string
        {
            return $this->headers[strtolower($name)] ?? $default;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    class Worker
    {
        /** @var list<Worker> */
        protected static array $workers = [];

        /** @var callable|null */
        public $onWorkerStart = null;

        /** @var callable|null */
        public $onMessage = null;

        public function __construct(public string $socketName)
        {
            static::$workers[] = $this;
        }

        public static function runAll(): void
        {
            foreach (static::$workers as $worker) {
                $worker->run();
            }
        }

        protected function run(): void
        {
            if ($this->onWorkerStart) {
                ($this->onWorkerStart)($this);
            }
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $kinds = ['events', 'identify', 'events', 'batch'];
            for ($i = 0; $i < $n; $i++) {
                $kind = $kinds[$i % 4];
                $uri = match ($kind) {
                    'events' => sprintf('/v1/projects/%d/events?sdk=js', 1000 + $i),
                    'identify' => sprintf('/v1/projects/%d/identify', 1000 + $i),
                    'batch' => sprintf('/v1/batches/%s', bin2hex(pack('NN', $i, $i * 7919))),
                };
                $body = json_encode(['event' => 'click', 'sent_at' => 1717200000 + $i, 'props' => ['el' => 'btn-' . ($i % 9)]]);
                $connection = new TcpConnection('10.1.' . ($i % 200) . '.' . ($i % 50) . ':5' . ($i % 1000));
                ($this->onMessage)($connection, new Request('POST', $uri, $body, ['content-type' => 'application/json']));
            }
        }
    }
}

namespace App\Metrics {

    final class Histogram
    {
        /** @var array<string, int> */
        private array $counts = [];
        private float $sum = 0.0;
        private int $count = 0;

        /** @param list<float> $buckets */
        public function __construct(public readonly string $name, public readonly array $labels, private array $buckets)
        {
            foreach ($buckets as $le) {
                $this->counts[(string) $le] = 0;
            }
            $this->counts['+Inf'] = 0;
        }

        public function observe(float $value): void
        {
            $this->sum += $value;
            $this->count++;
            foreach ($this->buckets as $le) {
                if ($value <= $le) {
                    $this->counts[(string) $le]++;
                }
            }
            $this->counts['+Inf']++;
        }
    }

    final class LabelSet
    {
        /** @param array<string, string> $labels */
        public static function canonical(string $metric, array $labels): string
        {
            ksort($labels);
            $parts = [];
            foreach ($labels as $k => $v) {
                $parts[] = $k . '="' . addcslashes($v, '"\\') . '"';
            }

            return $metric . '{' . implode(',', $parts) . '}';
        }
    }

    final class MetricsRegistry
    {
        public const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

        /** @var array<string, Histogram> */
        private static array $histograms = [];

        public static function histogram(string $name, array $labels, array $buckets = self::LATENCY_BUCKETS): Histogram
        {
            $key = LabelSet::canonical($name, $labels);

            return self::$histograms[$key] ??= new Histogram($name, $labels, $buckets); // leak
        }

        public static function families(): int
        {
            return count(self::$histograms);
        }
    }
}

namespace App\Ingest {

    use App\Metrics\MetricsRegistry;
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    final class RequestTimer
    {
        public static function labelsFor(Request $request, int $status): array
        {
            return [
                'method' => $request->method(),
                'endpoint' => rtrim($request->path(), '/'),
                'status' => (string) $status,
            ];
        }
    }

    final class CollectorEndpoint
    {
        private int $accepted = 0;

        public function handle(TcpConnection $connection, Request $request): void
        {
            $started = hrtime(true);
            $payload = json_decode($request->rawBody(), true);
            $status = is_array($payload) && isset($payload['event']) ? 202 : 400;
            if ($status === 202) {
                $this->accepted++;
            }
            $connection->send("HTTP/1.1 {$status} Accepted\r\nContent-Length: 0\r\n\r\n");

            $seconds = (hrtime(true) - $started) / 1e9;
            MetricsRegistry::histogram('collector_request_duration_seconds', RequestTimer::labelsFor($request, $status))
                ->observe($seconds);
        }
    }
}

namespace {

    use App\Ingest\CollectorEndpoint;
    use Workerman\Worker;

    $collector = new Worker('http://0.0.0.0:8787');
    $collector->onWorkerStart = function (Worker $worker) {
        $endpoint = new CollectorEndpoint();
        $worker->onMessage = [$endpoint, 'handle'];
    };

    Worker::runAll();
}
