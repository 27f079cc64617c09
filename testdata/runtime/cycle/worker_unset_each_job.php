<?php
// A queue worker unsets its per-job context at the end of each iteration; the context is a graph.

final class JobContext
{
    public array $services = [];

    public function __construct(public readonly string $jobId, public readonly array $payload) {}
}

final class Tracer
{
    public function __construct(public JobContext $context, public array $spans = []) {} // leak

    public function span(string $name): void
    {
        $this->spans[] = $name . '@' . $this->context->jobId;
    }
}

final class Queue
{
    private int $next = 0;

    public function __construct(private int $size) {}

    public function reserve(): ?array
    {
        return $this->next < $this->size ? ['id' => 'job-' . $this->next++, 'body' => str_repeat('{"event":"signup"}', 20)] : null;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new Queue($n);
while (($raw = $queue->reserve()) !== null) {
    $context = new JobContext($raw['id'], $raw);
    $context->services['tracer'] = new Tracer($context); // leak
    $context->services['tracer']->span('handle');
    unset($context, $raw);
}
