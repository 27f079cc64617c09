<?php

// A queue consumer keeps a stack of trace scopes (one per job) for its
// logger. A job that fails throws between the push and the pop, and the
// consumer takes the next job; the pop is in a finally block, so the
// scope of a failed job is left too.

declare(strict_types=1);

final class JobFailed extends \RuntimeException
{
}

final class TraceScope
{
    public function __construct(public readonly string $jobId, public readonly array $attributes)
    {
    }
}

final class TraceStack
{
    /** @var list<TraceScope> */
    private array $scopes = [];

    public function enter(TraceScope $scope): void
    {
        $this->scopes[] = $scope;
    }

    public function leave(): void
    {
        array_pop($this->scopes);
    }

    public function depth(): int
    {
        return count($this->scopes);
    }
}

final class ResizeImageJob
{
    public function run(array $payload): void
    {
        if ($payload['width'] > 4000) {
            throw new JobFailed('image too large: ' . $payload['path']);
        }
    }
}

final class TracingRunner
{
    public function __construct(private TraceStack $traces, private ResizeImageJob $job)
    {
    }

    public function process(array $payload): void
    {
        $this->traces->enter(new TraceScope($payload['id'], ['path' => $payload['path'], 'note' => str_repeat('resize ', 160)]));
        try {
            $this->job->run($payload);
        } finally {
            $this->traces->leave();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$runner = new TracingRunner(new TraceStack(), new ResizeImageJob());
$failed = 0;
for ($i = 0; $i < $n; $i++) {
    $payload = ['id' => 'job-' . $i, 'path' => '/uploads/' . $i . '.png', 'width' => $i % 2 === 0 ? 800 : 6000];
    try {
        $runner->process($payload);
    } catch (\Exception $e) {
        $failed++;
    }
}
