<?php
// A job worker pages through the rows of an export. The export keeps a
// generator over its own rows as a cursor; take() hands out one row per
// call, null once the generator is done. The worker reads a preview of
// the first rows and counts the rest only when asked to (never, here):
// the generator stays suspended, holding the export that holds it, a
// cycle per job.

final class ExportBatch
{
    private ?Generator $cursor = null;

    public function __construct(public readonly int $id, private array $rows)
    {
    }

    private function rows(): Generator
    {
        foreach ($this->rows as $row) {
            yield $row;
        }
    }

    public function take(): ?array
    {
        $this->cursor ??= $this->rows(); // leak
        if (!$this->cursor->valid()) {
            return null;
        }
        $row = $this->cursor->current();
        $this->cursor->next();

        return $row;
    }

    public function tally(): int
    {
        $left = 0;
        while (($row = $this->take()) !== null) {
            $left += $row['qty'];
        }

        return $left;
    }
}

final class ExportPreviewer
{
    public function __construct(private bool $withTotals = false)
    {
    }

    public function preview(ExportBatch $batch, int $size): array
    {
        $head = [];
        for ($k = 0; $k < $size; $k++) {
            $row = $batch->take();
            if ($row === null) {
                break;
            }
            $head[] = $row['sku'];
        }

        return ['head' => $head, 'rest' => $this->withTotals ? $batch->tally() : 0];
    }
}

$previewer = new ExportPreviewer();
$sent = 0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $rows = [];
    for ($r = 0; $r < 12; $r++) {
        $rows[] = ['sku' => 'SKU-' . ($i * 12 + $r), 'qty' => ($i + $r) % 7, 'note' => str_repeat('x', 40)];
    }
    $summary = $previewer->preview(new ExportBatch($i, $rows), 3);
    $sent += count($summary['head']) + $summary['rest'];
}
