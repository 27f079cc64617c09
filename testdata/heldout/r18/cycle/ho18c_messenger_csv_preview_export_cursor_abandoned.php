<?php

declare(strict_types=1);

namespace App\Reporting\Export;

final class ExportPreviewRequested
{
    public function __construct(
        public readonly string $reportId,
        public readonly string $tenant,
        public readonly int $previewRows = 10,
    ) {}
}

interface RowSource
{
    /** @return list<array<string, scalar|null>> */
    public function fetch(string $tenant, int $offset, int $limit): array;
}

final class OrderLineSource implements RowSource
{
    /** @var list<array<string, scalar|null>> */
    private array $rows = [];

    public function __construct()
    {
        for ($i = 1; $i <= 60; $i++) {
            $this->rows[] = ['id' => $i, 'sku' => sprintf('SKU-%05d', $i * 7), 'qty' => $i % 5 + 1, 'unit_price' => 1999 + $i, 'shipped_at' => null];
        }
    }

    public function fetch(string $tenant, int $offset, int $limit): array
    {
        return array_slice($this->rows, $offset, $limit);
    }
}

final class CsvPreviewExporter
{
    private ?\Generator $cursor = null;

    /** @var list<string> */
    private array $columns = [];

    public function __construct(
        private readonly RowSource $source,
        private readonly string $tenant,
        private readonly int $pageSize = 20,
    ) {}

    public function open(): void
    {
        $this->cursor = $this->rows(); // leak
        $first = $this->cursor->current();
        $this->columns = \is_array($first) ? array_keys($first) : [];
    }

    public function preview(int $limit): string
    {
        $out = fopen('php://memory', 'w+');
        fputcsv($out, $this->columns);
        $written = 0;
        while ($this->cursor->valid() && $written < $limit) {
            fputcsv($out, $this->cursor->current());
            $this->cursor->next();
            $written++;
        }
        if ($this->cursor->valid()) {
            fwrite($out, "...\n");
        }
        rewind($out);
        $csv = (string) stream_get_contents($out);
        fclose($out);

        return $csv;
    }

    private function rows(): \Generator
    {
        $offset = 0;
        do {
            $page = $this->source->fetch($this->tenant, $offset, $this->pageSize);
            foreach ($page as $row) {
                yield $this->normalize($row);
            }
            $offset += $this->pageSize;
        } while (\count($page) === $this->pageSize);
    }

    /** @param array<string, scalar|null> $row */
    private function normalize(array $row): array
    {
        $row['unit_price'] = number_format(((int) $row['unit_price']) / 100, 2, '.', '');
        $row['shipped_at'] ??= '';
        $row['tenant'] = $this->tenant;

        return $row;
    }
}

final class ExporterFactory
{
    public function __construct(private readonly RowSource $source) {}

    public function forTenant(string $tenant): CsvPreviewExporter
    {
        return new CsvPreviewExporter($this->source, $tenant);
    }
}

final class PreviewStore
{
    private string $last = '';

    public function put(string $reportId, string $csv): void
    {
        $this->last = hash('xxh128', $reportId . $csv);
    }
}

final class ExportPreviewHandler
{
    public function __construct(
        private readonly ExporterFactory $factory,
        private readonly PreviewStore $store,
    ) {}

    public function __invoke(ExportPreviewRequested $message): void
    {
        $exporter = $this->factory->forTenant($message->tenant);
        $exporter->open();
        $this->store->put($message->reportId, $exporter->preview($message->previewRows));
    }
}

final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers) {}

    public function run(iterable $envelopes): void
    {
        foreach ($envelopes as $message) {
            ($this->handlers[$message::class])($message);
        }
    }
}

function transport(int $n): \Generator
{
    for ($i = 0; $i < $n; $i++) {
        yield new ExportPreviewRequested('rpt-' . $i, 'tenant-' . ($i % 4));
    }
}

$handler = new ExportPreviewHandler(new ExporterFactory(new OrderLineSource()), new PreviewStore());
$worker = new Worker([ExportPreviewRequested::class => $handler]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker->run(transport($n));
