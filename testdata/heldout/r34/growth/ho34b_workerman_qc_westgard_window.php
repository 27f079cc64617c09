<?php

declare(strict_types=1);

/*
 * Workerman TCP service receiving quality-control results from the core lab's
 * analysers. It keeps the last 20 QC values per control series and runs the
 * Westgard multirules (1-3s, 2-2s, R-4s, 4-1s, 10x) before patient results on
 * that analyte may be released.
 */

namespace Workerman\Connection {
    final class TcpConnection
    {
        public array $sent = [];

        public function __construct(public readonly string $remoteAddress)
        {
        }

        public function send(string $data): void
        {
            $this->sent = [$data];
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    final class Worker
    {
        public $onWorkerStart = null;
        public $onMessage = null;
        public int $count = 1;

        public function __construct(public readonly string $socketName)
        {
        }

        /** Stand-in for Worker::runAll(): one connection, $frames messages. */
        public function serve(int $frames, \Closure $frame): void
        {
            if ($this->onWorkerStart) {
                ($this->onWorkerStart)($this);
            }
            $connection = new TcpConnection('10.20.4.17:50211');
            for ($i = 0; $i < $frames; $i++) {
                ($this->onMessage)($connection, $frame($i));
            }
        }
    }
}

namespace CoreLab\Qc {
    enum ControlLevel: string
    {
        case Low = 'L1';
        case Normal = 'L2';
        case High = 'L3';
    }

    final class QcReading
    {
        public function __construct(
            public readonly string $analyte,
            public readonly ControlLevel $level,
            public readonly string $controlLot,
            public readonly string $runId,
            public readonly float $value,
            public readonly string $unit,
            public readonly string $instrument,
            public readonly string $operator,
            public readonly \DateTimeImmutable $measuredAt,
        ) {
        }
    }

    final class ControlTarget
    {
        public function __construct(public readonly float $mean, public readonly float $sd)
        {
        }

        public function z(float $value): float
        {
            return ($value - $this->mean) / $this->sd;
        }
    }

    final class SeriesKey
    {
        /** The series a reading belongs to; a new control lot starts a new series. */
        public static function of(QcReading $reading): string
        {
            return sprintf('%s/%s/%s', $reading->instrument, $reading->analyte, self::lotRun($reading));
        }

        private static function lotRun(QcReading $reading): string
        {
            return $reading->level->value . '@' . $reading->controlLot . '#' . $reading->runId;
        }
    }

    final class QcWindowStore
    {
        public const WINDOW = 20;

        /** @var array<string, list<QcReading>> */
        private array $series = [];

        /** @return list<QcReading> the window after adding the reading */
        public function push(QcReading $reading): array
        {
            $key = SeriesKey::of($reading);
            $window = $this->series[$key] ?? [];
            $window[] = $reading;
            if (count($window) > self::WINDOW) {
                $window = array_slice($window, -self::WINDOW);
            }
            return $this->series[$key] = $window; // leak
        }
    }

    final class WestgardEvaluator
    {
        /** @param array<string, ControlTarget> $targets keyed "ANALYTE/LEVEL" */
        public function __construct(private readonly array $targets)
        {
        }

        public function hasTarget(string $analyte, ControlLevel $level): bool
        {
            return isset($this->targets[$analyte . '/' . $level->value]);
        }

        /** @param list<QcReading> $window */
        public function evaluate(array $window): array
        {
            $last = $window[array_key_last($window)];
            $target = $this->targets[$last->analyte . '/' . $last->level->value] ?? null;
            if ($target === null) {
                return ['NO_TARGET'];
            }
            $z = array_map(static fn (QcReading $r) => $target->z($r->value), $window);
            $n = count($z);
            $violations = [];
            if (abs($z[$n - 1]) > 3) {
                $violations[] = '1-3s';
            }
            if ($n >= 2 && abs($z[$n - 1]) > 2 && abs($z[$n - 2]) > 2 && ($z[$n - 1] > 0) === ($z[$n - 2] > 0)) {
                $violations[] = '2-2s';
            }
            if ($n >= 2 && abs($z[$n - 1] - $z[$n - 2]) > 4) {
                $violations[] = 'R-4s';
            }
            if ($n >= 4 && count(array_filter(array_slice($z, -4), static fn ($v) => $v > 1)) === 4) {
                $violations[] = '4-1s';
            }
            if ($n >= 10) {
                $tail = array_slice($z, -10);
                if (min($tail) > 0 || max($tail) < 0) {
                    $violations[] = '10x';
                }
            }
            return $violations;
        }
    }

    final class QcMessageHandler
    {
        private const REGISTERED_ANALYZERS = ['ATL-C702-1', 'ATL-C702-2', 'ATL-E801-1'];

        public function __construct(
            private readonly QcWindowStore $windows,
            private readonly WestgardEvaluator $westgard,
        ) {
        }

        public function handle(string $payload): array
        {
            $data = json_decode($payload, true, 16, JSON_THROW_ON_ERROR);
            if (!in_array($data['instrument'], self::REGISTERED_ANALYZERS, true)) {
                throw new \DomainException('Unregistered analyser ' . $data['instrument']);
            }
            $reading = new QcReading(
                strtoupper($data['analyte']),
                ControlLevel::from($data['level']),
                $data['lot'],
                $data['run'],
                (float) $data['value'],
                $data['unit'],
                $data['instrument'],
                $data['operator'],
                new \DateTimeImmutable($data['measured_at']),
            );
            if (!$this->westgard->hasTarget($reading->analyte, $reading->level)) {
                throw new \DomainException("No control target for {$reading->analyte} {$reading->level->value}");
            }
            $violations = $this->westgard->evaluate($this->windows->push($reading));
            return [
                'series' => SeriesKey::of($reading),
                'accept' => $violations === [] || $violations === ['1-2s'],
                'violations' => $violations,
            ];
        }
    }
}

namespace {
    use CoreLab\Qc\ControlTarget;
    use CoreLab\Qc\QcMessageHandler;
    use CoreLab\Qc\QcWindowStore;
    use CoreLab\Qc\WestgardEvaluator;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $worker = new Worker('tcp://0.0.0.0:7401');
    $handler = null;
    $worker->onWorkerStart = static function () use (&$handler): void {
        $handler = new QcMessageHandler(new QcWindowStore(), new WestgardEvaluator([
            'GLU/L1' => new ControlTarget(3.1, 0.12), 'GLU/L2' => new ControlTarget(7.4, 0.21), 'GLU/L3' => new ControlTarget(18.9, 0.48),
            'K/L1' => new ControlTarget(2.9, 0.06), 'K/L2' => new ControlTarget(4.6, 0.08), 'K/L3' => new ControlTarget(6.8, 0.11),
            'TROPT/L1' => new ControlTarget(28.0, 2.1), 'TROPT/L2' => new ControlTarget(1040.0, 55.0),
        ]));
    };
    $worker->onMessage = static function (TcpConnection $connection, string $data) use (&$handler): void {
        try {
            $connection->send(json_encode($handler->handle($data)) . "\n");
        } catch (\JsonException|\ValueError|\DomainException $e) {
            $connection->send(json_encode(['error' => $e->getMessage()]) . "\n");
        }
    };

    $series = [['GLU', 'mmol/L', 7.4, 'L2'], ['K', 'mmol/L', 4.6, 'L2'], ['GLU', 'mmol/L', 3.1, 'L1'], ['TROPT', 'ng/L', 28.0, 'L1'], ['K', 'mmol/L', 6.8, 'L3']];
    $worker->serve($n, static function (int $i) use ($series): string {
        [$analyte, $unit, $mean, $level] = $series[$i % count($series)];
        return json_encode([
            'analyte' => strtolower($analyte),
            'level' => $level,
            'lot' => $level === 'L1' ? '45821' : ($level === 'L2' ? '45822' : '45823'),
            'run' => sprintf('R%s-%03d', date('ymd', 1717000000 + intdiv($i, 40) * 86400), $i % 40),
            'value' => round($mean * (1 + ((($i * 37) % 13) - 6) / 150), 3),
            'unit' => $unit,
            'instrument' => ['ATL-C702-1', 'ATL-C702-2'][intdiv($i, 5) % 2],
            'operator' => ['jkowalski', 'mfernandes', 'tadeyemi'][$i % 3],
            'measured_at' => date(DATE_ATOM, 1717000000 + $i * 300),
        ]);
    });
}
