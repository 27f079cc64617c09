<?php

declare(strict_types=1);

// An export is an IteratorAggregate that keeps the generator over its
// own pages in a property; the job reads every row, and the finished
// generator lets go of the export.

final class OrderExport implements IteratorAggregate
{
    private ?Generator $stream = null;

    public function __construct(private readonly int $customer)
    {
    }

    public function getIterator(): Generator
    {
        return $this->stream ??= $this->rows();
    }

    private function rows(): Generator
    {
        for ($page = 0; $page < 3; $page++) {
            yield $page => str_repeat("order of customer {$this->customer}, page {$page};", 12);
        }
    }
}

final class ExportJob
{
    public int $bytes = 0;

    public function handle(int $customer): void
    {
        foreach (new OrderExport($customer) as $row) {
            $this->bytes += strlen($row);
        }
    }
}

$job = new ExportJob();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->handle($i);
}
