<?php
// A queue worker records each job it ran, keyed by the job's class and
// object id, made by a helper. The record keeps the job itself, so no
// job is ever freed, no id is reused, and the map gains a key per job.

final class ResizeImage
{
    public function __construct(public readonly string $path, public readonly string $pixels)
    {
    }
}

final class RunRecord
{
    public function __construct(public readonly ResizeImage $job, public readonly float $at)
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
        if (isset($this->ran[$this->recordKey($job)])) {
            return;
        }
        $this->ran[$this->recordKey($job)] = new RunRecord($job, $now); // leak
    }
}

$worker = new Worker();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->run(new ResizeImage("/uploads/$i.jpg", str_repeat('x', 600)), 1700000000.0 + $i);
}
