<?php
// A statement export worker reads each job's ledger through a reader
// that keeps a generator over itself ($this->cursor ??= $this->rows()).
// The job takes only the header row and never reads on: the generator
// stays suspended, holding the reader that holds it (a garbage cycle per
// job).

final class LedgerReader
{
    private ?Generator $cursor = null;

    /** @param list<array{account: string, cents: int, memo: string}> $lines */
    public function __construct(private array $lines, private int $minCents)
    {
    }

    public function nextRow(): ?array
    {
        $this->cursor ??= $this->rows(); // leak
        if (!$this->cursor->valid()) {
            return null;
        }
        $row = $this->cursor->current();
        $this->cursor->next();
        return $row;
    }

    private function rows(): Generator
    {
        foreach ($this->lines as $line) {
            if ($line['cents'] >= $this->minCents) {
                yield $line;
            }
        }
    }
}

final class StatementExport
{
    public int $exported = 0;

    public function handle(array $job): void
    {
        $reader = new LedgerReader($job['lines'], 100);
        $header = $reader->nextRow();
        if ($header === null) {
            return;
        }
        $this->exported += $header['cents'];
    }
}

$export = new StatementExport();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lines = [];
    for ($k = 0; $k < 6; $k++) {
        $lines[] = ['account' => sprintf('AC-%05d', $i), 'cents' => ($i * 37 + $k * 91) % 900, 'memo' => str_repeat('statement line ', 8)];
    }
    $export->handle(['lines' => $lines]);
}
