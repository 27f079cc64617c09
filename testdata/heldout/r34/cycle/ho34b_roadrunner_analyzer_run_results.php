<?php

declare(strict_types=1);

/*
 * RoadRunner HTTP worker for an LIS instrument interface: chemistry analysers
 * POST a finished run (ASTM records already decoded to JSON by the middleware
 * box); the worker builds the run aggregate, applies autoverification rules
 * and answers with a per-result release summary.
 */

namespace Spiral\RoadRunner\Http {
    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $headers,
            public readonly string $body,
        ) {
        }
    }

    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private readonly int $max, private readonly \Closure $source)
        {
        }

        public function waitRequest(): ?Request
        {
            if ($this->served >= $this->max) {
                return null;
            }
            return ($this->source)($this->served++);
        }

        public function respond(int $status, string $body): void
        {
            // the relay would write the frame back to the RoadRunner server
        }
    }
}

namespace Lis\Instrument {
    final class ReferenceRange
    {
        public function __construct(
            public readonly float $low,
            public readonly float $high,
            public readonly float $criticalLow,
            public readonly float $criticalHigh,
        ) {
        }
    }

    final class TestResult
    {
        private ?AnalyzerRun $run = null;
        private array $flags = [];
        private string $status = 'pending';

        public function __construct(
            public readonly string $testCode,
            public readonly string $accession,
            public readonly float $value,
            public readonly string $unit,
            public readonly array $instrumentFlags,
        ) {
        }

        public function attachTo(AnalyzerRun $run): void
        {
            $this->run = $run; // leak
        }

        public function run(): ?AnalyzerRun
        {
            return $this->run;
        }

        public function flag(string $flag): void
        {
            $this->flags[] = $flag;
        }

        public function flags(): array
        {
            return $this->flags;
        }

        public function release(string $status): void
        {
            $this->status = $status;
        }

        public function status(): string
        {
            return $this->status;
        }
    }

    final class ResultCollection implements \IteratorAggregate, \Countable
    {
        /** @var list<TestResult> */
        private array $items = [];

        public function __construct(private readonly AnalyzerRun $owner) // leak
        {
        }

        public function add(TestResult $result): void
        {
            $this->items[] = $result;
            $result->attachTo($this->owner); // leak
        }

        public function getIterator(): \ArrayIterator
        {
            return new \ArrayIterator($this->items);
        }

        public function count(): int
        {
            return \count($this->items);
        }
    }

    final class AnalyzerRun
    {
        public readonly ResultCollection $results;

        public function __construct(
            public readonly string $runId,
            public readonly string $instrumentSerial,
            public readonly string $operator,
            public readonly \DateTimeImmutable $completedAt,
            public readonly bool $qcPassed,
        ) {
            $this->results = new ResultCollection($this); // leak
        }
    }

    final class RunFactory
    {
        public function fromPayload(array $payload): AnalyzerRun
        {
            $run = new AnalyzerRun(
                $payload['run_id'],
                $payload['instrument']['serial'],
                $payload['operator'],
                new \DateTimeImmutable($payload['completed_at']),
                $payload['qc']['status'] === 'PASS',
            );
            foreach ($payload['results'] as $row) {
                $run->results->add(new TestResult(
                    $row['test'],
                    $row['accession'],
                    (float) $row['value'],
                    $row['unit'],
                    $row['flags'] ?? [],
                ));
            }
            return $run;
        }
    }

    final class Autoverifier
    {
        /** @param array<string, ReferenceRange> $ranges */
        public function __construct(private readonly array $ranges)
        {
        }

        public function verify(AnalyzerRun $run): array
        {
            $summary = ['released' => 0, 'held' => 0, 'critical' => []];
            foreach ($run->results as $result) {
                $range = $this->ranges[$result->testCode] ?? null;
                if ($range === null || !$result->run()?->qcPassed) {
                    $result->flag('NO_AUTOVERIFY');
                } elseif ($result->value <= $range->criticalLow || $result->value >= $range->criticalHigh) {
                    $result->flag('CRITICAL');
                    $summary['critical'][] = $result->accession . ':' . $result->testCode;
                } elseif ($result->value < $range->low || $result->value > $range->high) {
                    $result->flag($result->value < $range->low ? 'L' : 'H');
                }
                if ($result->instrumentFlags !== []) {
                    $result->flag('INSTRUMENT');
                }
                $held = array_intersect($result->flags(), ['NO_AUTOVERIFY', 'CRITICAL', 'INSTRUMENT']) !== [];
                $result->release($held ? 'held' : 'final');
                $summary[$held ? 'held' : 'released']++;
            }
            return $summary;
        }
    }

    final class RunIngestionService
    {
        public function __construct(
            private readonly RunFactory $factory,
            private readonly Autoverifier $verifier,
        ) {
        }

        public function ingest(string $json): array
        {
            $run = $this->factory->fromPayload(json_decode($json, true, 512, JSON_THROW_ON_ERROR));
            $summary = $this->verifier->verify($run);
            return ['run' => $run->runId, 'instrument' => $run->instrumentSerial] + $summary;
        }
    }
}

namespace {
    use Lis\Instrument\Autoverifier;
    use Lis\Instrument\ReferenceRange;
    use Lis\Instrument\RunFactory;
    use Lis\Instrument\RunIngestionService;
    use Spiral\RoadRunner\Http\PSR7Worker;
    use Spiral\RoadRunner\Http\Request;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $service = new RunIngestionService(new RunFactory(), new Autoverifier([
        'GLU' => new ReferenceRange(3.9, 6.1, 2.2, 25.0),
        'K'   => new ReferenceRange(3.5, 5.1, 2.8, 6.2),
        'NA'  => new ReferenceRange(135.0, 145.0, 120.0, 160.0),
        'CREA' => new ReferenceRange(59.0, 104.0, 20.0, 900.0),
    ]));

    $tests = [['GLU', 'mmol/L', 5.2], ['K', 'mmol/L', 4.3], ['NA', 'mmol/L', 139.0], ['CREA', 'umol/L', 81.0]];
    $worker = new PSR7Worker($n, static function (int $i) use ($tests): Request {
        $results = [];
        foreach ($tests as $k => [$code, $unit, $base]) {
            $results[] = [
                'test' => $code,
                'accession' => sprintf('A24-%07d', 300000 + $i * 3 + ($k % 2)),
                'value' => round($base * (0.6 + (($i * 7 + $k * 13) % 90) / 100), 2),
                'unit' => $unit,
                'flags' => ($i + $k) % 11 === 0 ? ['HEMOLYSIS'] : [],
            ];
        }
        $payload = [
            'run_id' => sprintf('RUN-%s-%05d', date('Ymd', 1717000000 + $i * 60), $i),
            'instrument' => ['serial' => 'C8K-' . (1201 + $i % 3), 'model' => 'cobas c 702'],
            'operator' => ['mlt.okafor', 'mlt.lindqvist', 'mlt.ramos'][$i % 3],
            'completed_at' => date(DATE_ATOM, 1717000000 + $i * 60),
            'qc' => ['status' => $i % 17 === 0 ? 'FAIL' : 'PASS'],
            'results' => $results,
        ];
        return new Request('POST', '/api/instrument-runs', ['Content-Type' => ['application/json']], json_encode($payload));
    });

    while ($request = $worker->waitRequest()) {
        try {
            $summary = $service->ingest($request->body);
            $worker->respond(200, json_encode($summary));
        } catch (\Throwable $e) {
            $worker->respond(400, json_encode(['error' => $e->getMessage()]));
        }
    }
}
