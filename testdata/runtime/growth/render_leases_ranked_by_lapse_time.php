<?php
// A job consumer takes a lease on each document it renders, so that a
// second worker does not render it too; leases lapse after a minute and a
// sweep at the start of every job forgets the lapsed ones. The leases sit
// in a queue ranked by when they lapse, and SplPriorityQueue serves the
// highest priority first: the top is the lease that lapses last, the one
// just taken, so the sweep never finds it lapsed and every lease stays.

final class Lease
{
    public function __construct(
        public readonly string $document,
        public readonly string $holder,
        public readonly int $lapsesAt,
    ) {
    }
}

final class LeaseQueue extends SplPriorityQueue
{
}

final class LeaseBook
{
    private LeaseQueue $leases;
    private int $forgotten = 0;

    public function __construct(private readonly int $ttl)
    {
        $this->leases = new LeaseQueue();
    }

    public function take(string $document, string $holder, int $now): Lease
    {
        $lease = new Lease($document, $holder, $now + $this->ttl);
        $this->leases->insert($lease, $lease->lapsesAt); // leak
        return $lease;
    }

    public function forgetLapsed(int $now): void
    {
        while ($this->leases->valid() && $now >= $this->leases->top()->lapsesAt) {
            $this->leases->extract();
            $this->forgotten++;
        }
    }
}

final class RenderJob
{
    public function __construct(public readonly string $document, public readonly string $template)
    {
    }
}

final class Renderer
{
    public function __construct(private readonly LeaseBook $leases)
    {
    }

    public function handle(RenderJob $job, int $now): string
    {
        $this->leases->forgetLapsed($now);
        $lease = $this->leases->take($job->document, 'worker-' . getmypid(), $now);
        return sprintf('%s rendered with %s under %s', $job->document, $job->template, $lease->holder);
    }
}

$renderer = new Renderer(new LeaseBook(60));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new RenderJob(sprintf('contracts/%06d-%s.pdf', $i, str_repeat('annex', 120)), 'letterhead');
    $renderer->handle($job, 1_700_000_000 + $i);
}
