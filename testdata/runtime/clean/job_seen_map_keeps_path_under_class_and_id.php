<?php
// A queue worker records each job it ran, keyed by the job's class and
// object id, made by a helper. The record keeps only the job's path and
// time: the job is freed after its run, the next job reuses its id, and
// the map keeps one entry.

final class ResizeImage
{
    public function __construct(public readonly string $path, public readonly string $pixels)
    {
    }
}

final class RunRecord
{
    public function __construct(public readonly string $path, public readonly float $at)
    {
    }
}

final class Worker
{
    /** @var array<string, RunRecord> */
    private array $ran = [];

    private function recordKey(object $job): string
    {
        return $job::class . ':' . spl_object_id($job);
    }

    public function run(ResizeImage $job, float $now): void
    {
        $seen = $this->ran[$this->recordKey($job)] ?? null;
        if ($seen !== null && $seen->path === $job->path) {
            return;
        }
        $this->ran[$this->recordKey($job)] = new RunRecord($job->path, $now);
    }
}

$worker = new Worker();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->run(new ResizeImage("/uploads/$i.jpg", str_repeat('x', 600)), 1700000000.0 + $i);
}
