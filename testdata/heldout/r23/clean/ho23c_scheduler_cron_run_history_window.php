<?php

declare(strict_types=1);

/*
 * In-process cron scheduler (schedule:work style): every tick it picks the
 * due jobs, runs them and keeps a short run history for the status page.
 */

final class ScheduledJob
{
    /** @param \Closure(int): string $task */
    public function __construct(
        public readonly string $name,
        public readonly string $expression,
        private readonly \Closure $task,
        public readonly int $everyTicks,
    ) {
    }

    public function isDue(int $tick): bool
    {
        return $tick % $this->everyTicks === 0;
    }

    public function run(int $tick): string
    {
        return ($this->task)($tick);
    }
}

final class RunRecord
{
    public function __construct(
        public readonly string $job,
        public readonly string $phase,
        public readonly int $runId,
        public readonly int $at,
        public readonly ?int $exitCode = null,
        public readonly string $output = '',
    ) {
    }
}

final class RunHistory
{
    private \SplQueue $entries;

    public function __construct(private readonly int $keep)
    {
        $this->entries = new \SplQueue();
    }

    public function started(ScheduledJob $job, int $runId, int $at): void
    {
        $this->entries->enqueue(new RunRecord($job->name, 'started', $runId, $at));
    }

    public function finished(ScheduledJob $job, int $runId, int $at, int $exitCode, string $output): void
    {
        $this->entries->enqueue(new RunRecord($job->name, 'finished', $runId, $at, $exitCode, $output));
        $this->trim();
    }

    /** @return list<RunRecord> */
    public function latest(int $limit): array
    {
        $out = [];
        foreach ($this->entries as $record) {
            $out[] = $record;
        }

        return array_slice($out, -$limit);
    }

    private function trim(): void
    {
        while ($this->entries->count() > $this->keep) {
            $this->entries->dequeue();
        }
    }
}

final class Scheduler
{
    /** @var list<ScheduledJob> */
    private array $jobs = [];
    private int $runId = 0;

    public function __construct(private readonly RunHistory $history)
    {
    }

    public function add(ScheduledJob $job): void
    {
        $this->jobs[] = $job;
    }

    public function tick(int $tick, int $now): void
    {
        foreach ($this->jobs as $job) {
            if (!$job->isDue($tick)) {
                continue;
            }

            $runId = ++$this->runId;
            $this->history->started($job, $runId, $now);
            try {
                $output = $job->run($tick);
                $exit = 0;
            } catch (\Throwable $e) {
                $output = $e->getMessage();
                $exit = 1;
            }
            $this->history->finished($job, $runId, $now + 1, $exit, $output);
        }
    }
}

$scheduler = new Scheduler(new RunHistory(40));
$scheduler->add(new ScheduledJob(
    'reports:nightly',
    '*/1 * * * *',
    static function (int $tick): string {
        $lines = [];
        for ($k = 0; $k < 18; $k++) {
            $lines[] = sprintf('[%d] rendered report %d for account %d in %d ms', $tick, $tick * 18 + $k, 3000 + $k, 40 + ($tick + $k) % 90);
        }

        return implode("\n", $lines);
    },
    1,
));
$scheduler->add(new ScheduledJob(
    'queue:prune-failed',
    '*/5 * * * *',
    static fn (int $tick): string => sprintf('Pruned %d failed jobs older than 48h (tick %d).', $tick % 7, $tick),
    5,
));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($tick = 0; $tick < $n; $tick++) {
    $scheduler->tick($tick, 1700000000 + $tick * 60);
}
