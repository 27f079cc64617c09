<?php

declare(strict_types=1);

// A queue worker imports product feeds. For each job it listens for the
// importer's progress events and, when the job ends, removes the listener
// again — but it hands removeListener() a second closure made by the same
// helper. That closure is a new object, equal to none in the list, so
// nothing is removed: every job leaves one listener (and the job it
// captured) behind on the long-lived emitter.

final class Emitter
{
    /** @var array<string, list<Closure>> */
    private array $listeners = [];

    public function on(string $event, Closure $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function removeListener(string $event, Closure $listener): void
    {
        $index = array_search($listener, $this->listeners[$event] ?? [], true);
        if ($index !== false) {
            unset($this->listeners[$event][$index]);
        }
    }

    public function emit(string $event, mixed ...$args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class ImportJob
{
    public int $rows = 0;

    public function __construct(public readonly string $feed, public readonly string $payload)
    {
    }
}

final class FeedImporter
{
    public function __construct(private readonly Emitter $events)
    {
    }

    public function import(ImportJob $job): void
    {
        foreach (explode("\n", $job->payload) as $n => $line) {
            $this->events->emit('progress', $n + 1);
        }
    }
}

final class ImportWorker
{
    public function __construct(private readonly Emitter $events, private readonly FeedImporter $importer)
    {
    }

    public function handle(ImportJob $job): void
    {
        $this->events->on('progress', $this->progressReporter($job)); // leak
        try {
            $this->importer->import($job);
        } finally {
            $this->events->removeListener('progress', $this->progressReporter($job));
        }
    }

    private function progressReporter(ImportJob $job): Closure
    {
        return function (int $rows) use ($job): void {
            $job->rows = $rows;
        };
    }
}

$events = new Emitter();
$worker = new ImportWorker($events, new FeedImporter($events));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new ImportJob("feed-{$i}", str_repeat("sku-{$i};12.50;in stock\n", 20)));
}
