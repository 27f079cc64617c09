<?php

declare(strict_types=1);

// Workerman text-protocol service used by the shop-floor terminals: at the end
// of a shift the terminal sends its production log and gets the shift report
// (good/scrap counts, OEE) back on the same connection.

namespace Workerman {
    final class TcpConnection
    {
        public int $bytesSent = 0;

        public function send(string $data): void
        {
            $this->bytesSent += strlen($data);
        }
    }

    /** Stand-in for Workerman\Worker: callbacks assigned before runAll(). */
    final class Worker
    {
        /** @var callable|null */
        public $onMessage = null;

        public function __construct(public string $listen)
        {
        }

        public function deliver(TcpConnection $connection, string $data): void
        {
            ($this->onMessage)($connection, $data);
        }
    }
}

namespace Mes\Reporting {
    final class ShiftReport
    {
        /** @param list<array{order: string, good: int, scrap: int, downtime: int, reason: string}> $entries */
        public function __construct(
            public readonly string $line,
            public readonly string $shift,
            public readonly string $date,
            public readonly string $supervisor,
            public readonly array $entries,
        ) {
        }
    }

    trait MemoizesShiftTotals
    {
        /** @var array<int, array{report: ShiftReport, totals: array}> */
        private static array $totalsMemo = [];

        protected function totalsFor(ShiftReport $report): array
        {
            $slot = spl_object_id($report);
            $hit = self::$totalsMemo[$slot] ?? null;
            if ($hit !== null && $hit['report'] === $report) {
                return $hit['totals'];
            }
            $totals = $this->computeTotals($report);
            self::$totalsMemo[$slot] = ['report' => $report, 'totals' => $totals]; // leak

            return $totals;
        }

        abstract protected function computeTotals(ShiftReport $report): array;
    }

    final class ShiftReportBuilder
    {
        use MemoizesShiftTotals;

        private const PLANNED_MINUTES = 450;
        private const IDEAL_RATE_PER_MIN = 2.0;

        public function summary(ShiftReport $report): array
        {
            $t = $this->totalsFor($report);

            return ['line' => $report->line, 'shift' => $report->shift] + $t;
        }

        public function oee(ShiftReport $report): float
        {
            $t = $this->totalsFor($report);
            $runtime = max(1, self::PLANNED_MINUTES - $t['downtime']);
            $availability = $runtime / self::PLANNED_MINUTES;
            $performance = min(1.0, ($t['good'] + $t['scrap']) / ($runtime * self::IDEAL_RATE_PER_MIN));
            $quality = $t['good'] / max(1, $t['good'] + $t['scrap']);

            return round($availability * $performance * $quality, 4);
        }

        protected function computeTotals(ShiftReport $report): array
        {
            $totals = ['good' => 0, 'scrap' => 0, 'downtime' => 0, 'reasons' => []];
            foreach ($report->entries as $e) {
                $totals['good'] += $e['good'];
                $totals['scrap'] += $e['scrap'];
                $totals['downtime'] += $e['downtime'];
                if ($e['reason'] !== '') {
                    $totals['reasons'][$e['reason']] = ($totals['reasons'][$e['reason']] ?? 0) + $e['downtime'];
                }
            }

            return $totals;
        }
    }

    final class ShiftLogParser
    {
        public function parse(string $data): ShiftReport
        {
            $lines = explode("\n", trim($data));
            [$line, $shift, $date, $supervisor] = explode('|', array_shift($lines));
            $entries = [];
            foreach ($lines as $row) {
                [$order, $good, $scrap, $downtime, $reason] = explode('|', $row);
                $entries[] = ['order' => $order, 'good' => (int) $good, 'scrap' => (int) $scrap, 'downtime' => (int) $downtime, 'reason' => $reason];
            }

            return new ShiftReport($line, $shift, $date, $supervisor, $entries);
        }
    }
}

namespace {
    use Mes\Reporting\ShiftLogParser;
    use Mes\Reporting\ShiftReportBuilder;
    use Workerman\TcpConnection;
    use Workerman\Worker;

    $parser = new ShiftLogParser();
    $builder = new ShiftReportBuilder();

    $worker = new Worker('text://0.0.0.0:5810');
    $worker->onMessage = function (TcpConnection $connection, string $data) use ($parser, $builder): void {
        $report = $parser->parse($data);
        $connection->send(json_encode($builder->summary($report) + ['oee' => $builder->oee($report)]) . "\n");
    };

    $connection = new TcpConnection();
    $reasons = ['', 'tool change', 'material shortage', 'die setup', 'quality hold'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $date = date('Y-m-d', 1_717_000_000 + intdiv($i, 3) * 86400);
        $log = sprintf("L%d|%s|%s|%s\n", 1 + $i % 4, ['A', 'B', 'C'][$i % 3], $date, sprintf('Supervisor %02d', $i % 9));
        for ($k = 0; $k < 4; $k++) {
            $log .= sprintf("WO-%07d|%d|%d|%d|%s\n", 3400000 + $i * 4 + $k, 180 + ($i + $k) % 40, ($i * $k) % 6, ($i + $k * 7) % 25, $reasons[($i + $k) % 5]);
        }
        $worker->deliver($connection, $log);
    }
}
