<?php

declare(strict_types=1);

namespace App\Imports;

final class ImportChunk
{
    private int $imported = 0;

    public function __construct(
        private readonly BatchProgress $progress,
        public readonly int $index,
        public readonly array $rows,
    ) {
    }

    public function run(PriceRepository $prices): void
    {
        foreach ($this->rows as $row) {
            [$sku, $price, $currency] = str_getcsv($row);
            $prices->upsert($sku, (int) round((float) $price * 100), $currency);
            $this->imported++;
        }
        $this->progress->chunkFinished($this->index, $this->imported);
    }
}

final class BatchProgress
{
    /** @var array<int, int> */
    private array $finished = [];

    public function chunkFinished(int $index, int $rows): void
    {
        $this->finished[$index] = $rows;
    }

    public function totalRows(): int
    {
        return array_sum($this->finished);
    }
}

final class ImportBatch
{
    /** @var list<ImportChunk> */
    private array $chunks = [];
    private readonly BatchProgress $progress;

    public function __construct(public readonly string $id, public readonly string $source)
    {
        $this->progress = new BatchProgress();
    }

    /** @param list<string> $lines */
    public function addChunk(array $lines): ImportChunk
    {
        $chunk = new ImportChunk($this->progress, count($this->chunks), $lines);
        $this->chunks[] = $chunk;

        return $chunk;
    }

    public function totalRows(): int
    {
        return $this->progress->totalRows();
    }

    /** @return list<ImportChunk> */
    public function chunks(): array
    {
        return $this->chunks;
    }
}

final class PriceRepository
{
    private int $writes = 0;

    public function upsert(string $sku, int $cents, string $currency): void
    {
        // UPDATE prices SET ... in the real application
        $this->writes++;
    }
}

final class ImportPriceList
{
    private const CHUNK_SIZE = 4;

    public function __construct(public readonly string $supplier, public readonly string $csv)
    {
    }

    public function handle(PriceRepository $prices, ImportLog $log): void
    {
        $batch = new ImportBatch(bin2hex(random_bytes(6)), $this->supplier);
        $lines = array_values(array_filter(explode("\n", $this->csv)));

        foreach (array_chunk($lines, self::CHUNK_SIZE) as $slice) {
            $batch->addChunk($slice);
        }
        foreach ($batch->chunks() as $chunk) {
            $chunk->run($prices);
        }

        $log->finished($this->supplier, $batch->totalRows());
    }
}

final class ImportLog
{
    /** @var array<string, int> supplier => rows of its last import */
    private array $last = [];

    public function finished(string $supplier, int $rows): void
    {
        $this->last[$supplier] = $rows;
    }
}

final class SyncWorker
{
    public function __construct(
        private readonly PriceRepository $prices,
        private readonly ImportLog $log,
    ) {
    }

    public function work(ImportPriceList $job): void
    {
        $job->handle($this->prices, $this->log);
    }
}

$suppliers = ['acme', 'globex', 'initech', 'umbrella'];
$worker = new SyncWorker(new PriceRepository(), new ImportLog());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $csv = '';
    for ($r = 0; $r < 10; $r++) {
        $csv .= sprintf("SKU-%05d-%02d,%.2f,EUR\n", $i, $r, 3.5 + $r);
    }
    $worker->work(new ImportPriceList($suppliers[$i % count($suppliers)], $csv));
}
