<?php
// A worker script takes its jobs from a generator (a stand-in for the
// broker) and keeps the jobs in flight in a map, each removed by the
// completion callback the job is handed. The callback captures the map
// by value (use ($inFlight)): it removes the entry from its own copy, and
// the script's map keeps every job.

final class Job
{
    public function __construct(public readonly string $id, public readonly string $payload)
    {
    }
}

final class Deferred
{
    /** @var list<Closure> */
    private array $pending = [];

    public function later(Closure $callback): void
    {
        $this->pending[] = $callback;
    }

    public function runAll(): void
    {
        while ($this->pending !== []) {
            (array_shift($this->pending))();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$deferred = new Deferred();
$jobs = (static function (int $n): Generator {
    for ($i = 0; $i < $n; $i++) {
        yield new Job(sprintf('job-%08d', $i), str_repeat('p', 400));
    }
})($n);

$inFlight = [];
foreach ($jobs as $job) {
    $inFlight[$job->id] = $job; // leak
    $id = $job->id;
    $deferred->later(static function () use ($inFlight, $id): void {
        unset($inFlight[$id]);
    });
    $deferred->runAll();
}
