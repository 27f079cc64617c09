<?php
// A database profiler in a beanstalk-style report consumer keeps recent slow queries and trims the list to 50 entries after each push.

final class SlowQuery
{
    public function __construct(
        public readonly string $sql,
        public readonly array $params,
        public readonly float $ms,
    ) {}
}

final class QueryProfiler
{
    private const KEEP = 50;

    /** @var list<SlowQuery> */
    private array $recent = [];

    public function __construct(private float $thresholdMs) {}

    public function record(string $sql, array $params, float $ms): void
    {
        if ($ms < $this->thresholdMs) {
            return;
        }
        $this->recent[] = new SlowQuery($sql, $params, $ms);
        while (count($this->recent) > self::KEEP) {
            array_shift($this->recent);
        }
    }

    public function worst(): ?SlowQuery
    {
        $worst = null;
        foreach ($this->recent as $q) {
            $worst = $worst === null || $q->ms > $worst->ms ? $q : $worst;
        }
        return $worst;
    }
}

final class ReportJob
{
    public function __construct(private QueryProfiler $profiler) {}

    public function run(int $accountId): int
    {
        $sql = 'SELECT o.id, o.total, c.email FROM orders o JOIN customers c ON c.id = o.customer_id '
            . 'WHERE o.account_id = ? AND o.created_at BETWEEN ? AND ? '
            . str_repeat('AND o.status <> ? ', 12) . 'ORDER BY o.created_at DESC';
        $params = [$accountId, '2024-01-01', '2024-12-31', ...array_fill(0, 12, 'cancelled')];
        $this->profiler->record($sql, $params, 250.0 + $accountId % 40);
        return $accountId;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$job = new ReportJob(new QueryProfiler(200.0));
$done = 0;
while ($done < $n) {
    $job->run(700 + $done);
    $done++;
}
