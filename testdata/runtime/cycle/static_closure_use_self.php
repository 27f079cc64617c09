<?php
// An export job keeps its completion callbacks; the static callback captures the job itself with use ($job).

final class ExportJob
{
    /** @var list<Closure> */
    private array $onComplete = [];
    public string $status = 'queued';

    public function __construct(public readonly string $id, public readonly array $rows) {}

    public function whenDone(Closure $callback): void
    {
        $this->onComplete[] = $callback; // leak
    }

    public function complete(): void
    {
        $this->status = 'done';
        foreach ($this->onComplete as $callback) {
            $callback();
        }
    }
}

function runExport(int $i): string
{
    $job = new ExportJob("export-{$i}", array_fill(0, 4, str_repeat('cell;', 30)));
    $job->whenDone(static function () use ($job): void { // leak
        $job->status .= ' (' . count($job->rows) . ' rows mailed)';
    });
    $job->complete();
    return $job->status;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    runExport($i);
}
