<?php

declare(strict_types=1);

namespace React\EventLoop {
    // Minimal stand-in for react/event-loop: future ticks run in order until
    // nothing is scheduled.
    final class Loop
    {
        private static ?Loop $instance = null;
        private \SplQueue $ticks;

        private function __construct()
        {
            $this->ticks = new \SplQueue();
        }

        public static function get(): self
        {
            return self::$instance ??= new self();
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks->enqueue($listener);
        }

        public function run(): void
        {
            while (!$this->ticks->isEmpty()) {
                ($this->ticks->dequeue())();
            }
        }
    }
}

namespace React\Http {
    final class ServerRequest
    {
        public function __construct(
            private readonly string $method,
            private readonly string $path,
            private readonly array $headers,
            private readonly string $body,
        ) {
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }

    final class HttpServer
    {
        /** @var callable */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        public function dispatch(ServerRequest $request): array
        {
            return ($this->handler)($request);
        }
    }
}

namespace Acme\TestInsights {
    final class TestCaseResult
    {
        public function __construct(
            public readonly string $suite,
            public readonly string $class,
            public readonly string $name,
            public readonly float $seconds,
            public readonly string $status,
            public readonly ?string $failure,
            public readonly string $systemOut,
        ) {
        }

        public static function fromPayload(array $p): self
        {
            return new self($p['suite'], $p['classname'], $p['name'], (float) $p['time'], $p['status'], $p['failure'] ?? null, $p['system_out'] ?? '');
        }
    }

    interface ResultSink
    {
        /** @param list<TestCaseResult> $results */
        public function write(string $batch, array $results): void;
    }

    final class WarehouseSink implements ResultSink
    {
        private int $rows = 0;
        private array $failuresBySuite = [];

        public function write(string $batch, array $results): void
        {
            foreach ($results as $r) {
                ++$this->rows;
                if ($r->status === 'failed') {
                    $this->failuresBySuite[$r->suite] = ($this->failuresBySuite[$r->suite] ?? 0) + 1;
                }
            }
        }
    }

    final class ResultAggregator
    {
        /** @var array<string, list<TestCaseResult>> */
        private array $pending = [];
        private int $jobsCompleted = 0;

        public function __construct(
            private readonly ResultSink $sink,
            private readonly int $flushAt,
        ) {
        }

        public function record(string $batch, TestCaseResult $result, bool $lastInJob): void
        {
            $this->pending[$batch][] = $result; // leak
            if ($lastInJob) {
                ++$this->jobsCompleted;
            }

            if (\count($this->pending[$batch]) >= $this->flushAt) {
                $this->flush($batch);
            }
        }

        private function flush(string $batch): void
        {
            $this->sink->write($batch, $this->pending[$batch]);
            unset($this->pending[$batch]);
        }
    }

    final class IngestController
    {
        public function __construct(private readonly ResultAggregator $aggregator)
        {
        }

        public function __invoke(\React\Http\ServerRequest $request): array
        {
            $payload = json_decode($request->getBody(), true, 16, JSON_THROW_ON_ERROR);
            $batch = self::batchKey($request->getHeaderLine('X-CI-Pipeline'), $payload['suite']);
            $this->aggregator->record($batch, TestCaseResult::fromPayload($payload), (bool) ($payload['last'] ?? false));

            return [202, ''];
        }

        private static function batchKey(string $pipelineId, string $suite): string
        {
            return $pipelineId . '/' . strtolower($suite);
        }
    }
}

namespace {
    use Acme\TestInsights\IngestController;
    use Acme\TestInsights\ResultAggregator;
    use Acme\TestInsights\WarehouseSink;
    use React\EventLoop\Loop;
    use React\Http\HttpServer;
    use React\Http\ServerRequest;

    $config = ['results' => ['flush_at' => 50]];
    $server = new HttpServer(new IngestController(new ResultAggregator(new WarehouseSink(), $config['results']['flush_at'])));

    $suites = ['Unit', 'Integration', 'Browser'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $loop = Loop::get();
    $next = static function (int $i) use (&$next, $n, $loop, $server, $suites): void {
        if ($i >= $n) {
            return;
        }
        $pipeline = (string) (770000 + intdiv($i, 9));
        $failed = $i % 7 === 0;
        $body = json_encode([
            'suite' => $suites[intdiv($i, 3) % 3],
            'classname' => 'Tests\\Feature\\Checkout\\Case' . ($i % 40) . 'Test',
            'name' => 'test_order_' . $i . '_is_refunded_when_gateway_times_out',
            'time' => 0.01 * ($i % 90),
            'status' => $failed ? 'failed' : 'passed',
            'failure' => $failed ? "Failed asserting that 500 is identical to 202.\n/builds/acme/shop/tests/Feature/Checkout/RefundTest.php:" . (40 + $i % 60) : null,
            'system_out' => str_repeat("[{$i}] gateway stub replied in " . ($i % 250) . "ms\n", 8),
            'last' => $i % 3 === 2,
        ]);
        $server->dispatch(new ServerRequest('POST', '/api/v2/results', ['x-ci-pipeline' => $pipeline], $body));
        $loop->futureTick(static fn () => $next($i + 1));
    };
    $loop->futureTick(static fn () => $next(0));
    $loop->run();
    unset($next);
}
