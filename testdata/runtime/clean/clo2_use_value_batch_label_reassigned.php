<?php
// A job dispatcher's completion callback uses ($batch) while $batch is still the label string; reassigning $batch to the Batch later does not reach the closure.

final class Batch
{
    /** @var list<Closure> */
    private array $thenCallbacks = [];
    public ?string $finishedAt = null;

    public function __construct(public readonly string $id, public array $jobs) {}

    public function then(Closure $callback): void
    {
        $this->thenCallbacks[] = $callback;
    }

    public function complete(): void
    {
        foreach ($this->thenCallbacks as $callback) {
            $callback(count($this->jobs));
        }
    }
}

function dispatchBatch(string $queue, array $jobs): Batch
{
    $batch = $queue . '-' . count($jobs);
    $onComplete = function (int $done) use ($batch): void {
        if ($batch instanceof Batch) {
            $batch->finishedAt = date('c') . " ({$done} jobs)";
        }
    };
    $batch = new Batch($batch, $jobs);
    $batch->then($onComplete);
    return $batch;
}

function handle(int $i): ?string
{
    $batch = dispatchBatch('reports', [['type' => 'pdf', 'report' => $i, 'filters' => str_repeat('f', 400)], ['type' => 'csv', 'report' => $i]]);
    $batch->complete();
    return $batch->finishedAt;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
