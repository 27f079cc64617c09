<?php

declare(strict_types=1);

// A queue worker's daemon(iterable $jobs) runs each job it is handed; a
// retry tracker counts the attempts per job object under its
// spl_object_id(), in an entry that also keeps the job. Kept alive, no
// job frees its id for the next one, and the map grows.

final class ImportJob
{
    public function __construct(public readonly int $feed, public readonly string $rows)
    {
    }
}

final class RetryTracker
{
    /** @var array<int, array{job: ImportJob, attempts: int}> */
    private array $attempts = [];

    public function started(ImportJob $job): void
    {
        $id = spl_object_id($job);
        $entry = $this->attempts[$id] ?? ['job' => $job, 'attempts' => 0];
        $entry['attempts']++;
        $this->attempts[$id] = $entry; // leak
    }
}

final class QueueWorker
{
    public function __construct(private RetryTracker $tracker)
    {
    }

    /** @param iterable<ImportJob> $jobs */
    public function daemon(iterable $jobs): void
    {
        foreach ($jobs as $job) {
            $this->tracker->started($job);
        }
    }
}

function incoming(int $count): Generator
{
    for ($i = 0; $i < $count; $i++) {
        yield new ImportJob($i % 40, str_repeat("sku-{$i};19.99;EUR\n", 30));
    }
}

$worker = new QueueWorker(new RetryTracker());
$worker->daemon(incoming((int) (getenv('PHPLEAK_N') ?: 100)));
