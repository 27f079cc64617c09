<?php
// A long-running CSV import daemon pops jobs from a queue in a while loop and keeps parsed rows in an SplFixedArray for a status page.

final class ImportRow
{
    public function __construct(
        public readonly string $sku,
        public readonly string $title,
        public readonly array $columns,
    ) {}
}

final class RecentRows
{
    private SplFixedArray $rows;

    public function __construct(int $initial)
    {
        $this->rows = new SplFixedArray($initial);
    }

    public function add(ImportRow $row): void
    {
        $size = $this->rows->getSize();
        $this->rows->setSize($size + 1); // leak
        $this->rows[$size] = $row; // leak
    }

    public function size(): int
    {
        return $this->rows->getSize();
    }
}

final class JobQueue
{
    private int $popped = 0;

    public function __construct(private int $limit) {}

    public function pop(): ?string
    {
        if ($this->popped >= $this->limit) {
            return null;
        }
        $i = $this->popped++;
        return "SKU-{$i};Product {$i} deluxe edition;" . implode(';', array_fill(0, 20, "attr{$i}"));
    }
}

function parse_row(string $line): ImportRow
{
    $cols = explode(';', $line);
    return new ImportRow(array_shift($cols), array_shift($cols), $cols);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new JobQueue($n);
$recent = new RecentRows(0);
while (($line = $queue->pop()) !== null) {
    $recent->add(parse_row($line));
}
