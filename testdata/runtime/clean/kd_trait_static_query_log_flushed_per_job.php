<?php
// A LogsQueries trait keeps a static query log in every repository that uses it; the queue worker flushes it through the trait's static flushQueryLog() after each job.

trait LogsQueries
{
    /** @var list<array{sql: string, bindings: array, ms: float}> */
    private static array $queryLog = [];

    protected function logQuery(string $sql, array $bindings, float $ms): void
    {
        self::$queryLog[] = ['sql' => $sql, 'bindings' => $bindings, 'ms' => $ms];
    }

    public static function flushQueryLog(): array
    {
        $log = self::$queryLog;
        self::$queryLog = [];
        return $log;
    }
}

final class SubscriptionRepository
{
    use LogsQueries;

    public function findDue(int $accountId, string $day): array
    {
        $sql = 'SELECT id, plan, renews_at, payment_method FROM subscriptions WHERE account_id = ? AND renews_at <= ? ORDER BY renews_at';
        $bindings = [$accountId, $day, str_repeat('trace ', 60)];
        $this->logQuery($sql . " /* account {$accountId} */", $bindings, 1.7);
        return [['id' => $accountId * 10, 'plan' => 'pro']];
    }
}

final class RenewSubscriptionsJob
{
    public function __construct(private SubscriptionRepository $repository) {}

    public function handle(array $payload): int
    {
        try {
            return count($this->repository->findDue($payload['account_id'], $payload['day']));
        } finally {
            SubscriptionRepository::flushQueryLog();
        }
    }
}

$job = new RenewSubscriptionsJob(new SubscriptionRepository());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->handle(['account_id' => $i, 'day' => '2024-05-' . str_pad((string) ($i % 28 + 1), 2, '0', STR_PAD_LEFT)]);
}
