<?php
// A CSV import job registers Closure::fromCallable([$this, 'normalizeRow']) in its own $hooks array, so every job object keeps itself alive through the bound closure.

final class CsvImportJob
{
    /** @var array<string, list<Closure>> */
    private array $hooks = [];
    /** @var list<array<string, string>> */
    private array $rows = [];

    public function __construct(private string $file, private array $columns)
    {
        $this->hooks['beforeRow'][] = Closure::fromCallable([$this, 'normalizeRow']); // leak
    }

    private function normalizeRow(array $row): array
    {
        return array_map(static fn (string $v): string => trim($v), array_combine($this->columns, $row));
    }

    public function import(array $lines): int
    {
        foreach ($lines as $line) {
            $row = str_getcsv($line);
            foreach ($this->hooks['beforeRow'] as $hook) {
                $row = $hook($row);
            }
            $this->rows[] = $row;
        }
        return count($this->rows);
    }
}

function run_import_job(int $i): int
{
    $job = new CsvImportJob("/var/import/customers-{$i}.csv", ['id', 'name', 'email', 'city']);
    $lines = [];
    for ($r = 0; $r < 6; $r++) {
        $lines[] = "{$i}{$r}, Customer {$r} ,customer{$r}@example.com , Springfield";
    }
    return $job->import($lines);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    run_import_job($i);
}
