<?php

namespace App\Import;

final class ImportJob
{
    public string $status = 'pending';
    /** @var list<callable> */
    private array $onComplete = [];

    public function __construct(public readonly string $id, public readonly array $rows) {}

    public function onComplete(callable $callback): self
    {
        $this->onComplete[] = $callback; // leak
        return $this;
    }

    public function run(): void
    {
        $this->status = 'done';
        foreach ($this->onComplete as $callback) {
            $callback();
        }
    }
}

final class ImportStats
{
    public int $jobs = 0;
    public int $rows = 0;
}

final class ImportController
{
    public function __construct(private ImportStats $stats) {}

    public function upload(array $post): int
    {
        $lines = array_filter(explode("\n", $post['csv'] ?? ''));
        $header = str_getcsv(array_shift($lines));
        $rows = array_map(static fn (string $line): array => array_combine($header, str_getcsv($line)), $lines);

        $job = new ImportJob(bin2hex(random_bytes(8)), $rows);
        $stats = $this->stats;
        $job->onComplete(static function () use ($job, $stats): void { // leak
            $stats->jobs++;
            $stats->rows += count($job->rows);
        });
        $job->run();

        return 202;
    }
}
