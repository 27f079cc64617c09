<?php
// A reporting worker runs queries through a connection wrapper that keeps the most recent slow queries for diagnostics, calling array_slice on the list after each append once it exceeds the limit.

final class QueryRecord
{
    public function __construct(
        public readonly string $sql,
        public readonly array $bindings,
        public readonly float $ms,
        public readonly string $caller,
    ) {}
}

final class SlowQueryLog
{
    /** @var QueryRecord[] */
    private array $entries = [];

    public function __construct(private float $thresholdMs = 0.0, private int $keep = 25) {}

    public function observe(QueryRecord $record): void
    {
        if ($record->ms < $this->thresholdMs) {
            return;
        }
        $this->entries[] = $record; // leak
        if (count($this->entries) > $this->keep) {
            array_slice($this->entries, -$this->keep);
        }
    }

    /** @return QueryRecord[] */
    public function entries(): array
    {
        return $this->entries;
    }
}

final class ProfilingConnection
{
    public function __construct(private SlowQueryLog $log) {}

    public function select(string $sql, array $bindings = []): array
    {
        $start = hrtime(true);
        $rows = [];
        for ($r = 0; $r < 3; $r++) {
            $rows[] = ['id' => $r, 'total' => 100 * $r];
        }
        $frame = debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 2)[1] ?? [];
        $this->log->observe(new QueryRecord(
            $sql,
            $bindings,
            (hrtime(true) - $start) / 1e6,
            ($frame['class'] ?? '') . '::' . ($frame['function'] ?? 'main'),
        ));
        return $rows;
    }
}

final class RevenueReport
{
    public function __construct(private ProfilingConnection $db) {}

    public function forMerchant(int $merchantId, string $month): array
    {
        return $this->db->select(
            'SELECT DATE(o.created_at) AS day, SUM(o.total_cents) AS total, COUNT(*) AS orders '
            . 'FROM orders o JOIN merchants m ON m.id = o.merchant_id '
            . 'WHERE o.merchant_id = ? AND o.status IN (\'paid\', \'shipped\', \'delivered\') '
            . 'AND DATE_FORMAT(o.created_at, \'%Y-%m\') = ? GROUP BY DATE(o.created_at) ORDER BY day',
            [$merchantId, $month],
        );
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$log = new SlowQueryLog(0.0, 25);
$report = new RevenueReport(new ProfilingConnection($log));
for ($i = 0; $i < $n; $i++) {
    $rows = $report->forMerchant(500 + $i, sprintf('2024-%02d', $i % 12 + 1));
}
