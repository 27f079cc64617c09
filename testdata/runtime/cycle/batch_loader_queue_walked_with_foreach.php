<?php
// A batch loader for a report API: load() queues a pending lookup that
// keeps the loader (so that waiting on it runs the batch), and the
// request waits on it. The batch walks the queue with foreach, which
// leaves every lookup in it: loader -> queue -> lookup -> loader stays a
// ring that only the cycle collector frees.

final class PendingLookup
{
    public ?string $value = null;

    /** @var list<Closure> */
    public array $then = [];

    public function then(Closure $format): self
    {
        $this->then[] = $format;
        return $this;
    }

    public function __construct(public string $id, private BatchLoader $loader)
    {
    }

    public function wait(): string
    {
        if ($this->value === null) {
            $this->loader->dispatch();
        }
        return $this->value;
    }
}

interface Loader
{
    public function load(string $id): PendingLookup;
}

final class BatchLoader implements Loader
{
    private SplQueue $queue;

    public function __construct()
    {
        $this->queue = new SplQueue();
    }

    public function load(string $id): PendingLookup
    {
        $pending = new PendingLookup($id, $this); // leak
        $this->queue->enqueue($pending); // leak
        return $pending;
    }

    public function dispatch(): void
    {
        foreach ($this->queue as $pending) {
            $pending->value = str_repeat('row ' . $pending->id . ';', 20);
        }
    }
}

final class RequestContext
{
    public function __construct(public readonly Loader $loader)
    {
    }
}

final class ReportController
{
    public function show(int $report, RequestContext $context): int
    {
        $lookups = [
            $context->loader->load('author-' . $report)->then(static fn (string $row): string => strtoupper($row)),
            $context->loader->load('editor-' . $report),
        ];
        $rows = array_map(static fn (PendingLookup $lookup): string => $lookup->wait(), $lookups);
        return strlen(implode("\n", $rows));
    }
}

$controller = new ReportController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show($i, new RequestContext(new BatchLoader()));
}
