<?php
// A plain queue-consumer loop running one CSV import per job, with a progress reporter whose static line formatter comes from a private helper.

final class ProgressReporter
{
    private ?\Closure $formatter = null;
    private array $lines = [];

    public function setFormatter(\Closure $formatter): void
    {
        $this->formatter = $formatter;
    }

    public function advance(int $done): void
    {
        $this->lines[] = ($this->formatter)($done);
    }
}

final class ImportRun
{
    private ProgressReporter $reporter;
    private array $rows = [];

    public function __construct(private string $source, private int $total)
    {
        $this->reporter = new ProgressReporter();
        $this->reporter->setFormatter($this->lineFormatter());
    }

    private function lineFormatter(): \Closure
    {
        $source = $this->source;
        $total = $this->total;

        return static function (int $done) use ($source, $total): string {
            return sprintf('[%s] %d/%d rows', $source, $done, $total);
        };
    }

    public function import(string $csv): int
    {
        foreach (explode("\n", $csv) as $i => $line) {
            $this->rows[] = str_getcsv($line);
            $this->reporter->advance($i + 1);
        }
        return count($this->rows);
    }
}

final class JobQueue
{
    private int $next = 0;

    public function __construct(private int $size) {}

    public function pop(): ?array
    {
        if ($this->next >= $this->size) {
            return null;
        }
        $id = $this->next++;
        return ['source' => "s3://imports/customers-{$id}.csv", 'csv' => "id,name\n{$id},Customer {$id} " . str_repeat('x', 120)];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new JobQueue($n);

while (($job = $queue->pop()) !== null) {
    $run = new ImportRun($job['source'], 2);
    $run->import($job['csv']);
}
