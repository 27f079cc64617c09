<?php
// A RoadRunner HTTP worker keeps the slowest requests in an SplMinHeap for a top-N latency report.

namespace Spiral\RoadRunner\Http {
    final class Request
    {
        public function __construct(public readonly string $uri, public readonly array $query) {}
    }

    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $limit) {}

        public function waitRequest(): ?Request
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $i = $this->served++;
            return new Request('/search?q=' . $i, ['q' => str_repeat('term' . $i . ' ', 60), 'page' => $i % 9]);
        }

        public function respond(int $status, string $body): void {}
    }
}

namespace App\Metrics {
    final class Sample
    {
        public function __construct(public readonly float $ms, public readonly string $uri, public readonly string $query) {}
    }

    final class SlowRequestHeap extends \SplMinHeap
    {
        protected function compare(mixed $a, mixed $b): int
        {
            return $b->ms <=> $a->ms;
        }
    }

    final class SlowestRequests
    {
        private SlowRequestHeap $heap;

        public function __construct(private int $keep)
        {
            $this->heap = new SlowRequestHeap();
        }

        public function observe(Sample $sample): void
        {
            $this->heap->insert($sample); // leak
        }

        public function fastestKept(): ?float
        {
            return $this->heap->isEmpty() ? null : $this->heap->top()->ms;
        }
    }
}

namespace {
    use App\Metrics\Sample;
    use App\Metrics\SlowestRequests;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new PSR7Worker($n);
    $slowest = new SlowestRequests(20);
    while ($request = $worker->waitRequest()) {
        $start = hrtime(true);
        $body = json_encode(['hits' => [], 'q' => $request->query['q']]);
        $worker->respond(200, $body);
        $slowest->observe(new Sample((hrtime(true) - $start) / 1e6 + ($request->query['page'] * 3.5), $request->uri, $request->query['q']));
    }
}
