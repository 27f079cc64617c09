<?php
// A statement export worker reads each job's ledger through a reader
// that keeps a generator over itself ($this->cursor ??= $this->rows()).
// The job takes the header row first, returns when there is none, and
// then reads every other row until the reader answers null: the
// generator runs to its end and lets go of the reader.

final class LedgerReader
{
    private ?Generator $cursor = null;

    /** @param list<array{account: string, cents: int, memo: string}> $lines */
    public function __construct(private array $lines, private int $minCents)
    {
    }

    public function nextRow(): ?array
    {
        $this->cursor ??= $this->rows();
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
        $total = $header['cents'];
        while (($row = $reader->nextRow()) !== null) {
            $total += $row['cents'];
        }
        $this->exported += $total;
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
