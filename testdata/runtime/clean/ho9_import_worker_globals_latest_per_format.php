<?php
// A CSV import queue worker whose legacy bootstrap helpers keep the latest processed batch per file format in $GLOBALS['import_registry'].

final class ImportBatch
{
    public function __construct(
        public readonly string $id,
        public readonly string $format,
        public readonly array $rows,
    ) {}
}

final class ImportSummary
{
    public function __construct(
        public readonly string $batchId,
        public readonly int $rowCount,
        public readonly string $checksum,
        public readonly string $preview,
    ) {}
}

function import_register(string $format, ImportSummary $summary): void
{
    $GLOBALS['import_registry'][$format] = $summary;
}

function import_last_checksum(string $format): ?string
{
    $registry = $GLOBALS['import_registry'] ?? [];
    return ($registry[$format] ?? null)?->checksum;
}

final class CsvImportHandler
{
    public function handle(ImportBatch $batch): void
    {
        $lines = array_map(static fn (array $r): string => implode(';', $r), $batch->rows);
        $blob = implode("\n", $lines);
        if (hash('crc32b', $blob) === import_last_checksum($batch->format)) {
            return; // duplicate upload
        }
        import_register($batch->format, new ImportSummary($batch->id, count($batch->rows), hash('crc32b', $blob), substr($blob, 0, 600)));
    }
}

function next_batch(int $seq): ImportBatch
{
    $rows = [];
    for ($r = 0; $r < 12; $r++) {
        $rows[] = ["sku-{$seq}-{$r}", "Product {$seq}/{$r} with a longer description", (string) (($seq * 7 + $r) % 100)];
    }
    return new ImportBatch("batch-{$seq}", ['csv', 'xlsx', 'json'][$seq % 3], $rows);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new CsvImportHandler();
$seq = 0;
while ($seq < $n) {
    $handler->handle(next_batch($seq));
    $seq++;
}
