<?php

declare(strict_types=1);

namespace App\Export;

interface RowSource
{
    /** @return list<array<string, scalar>> */
    public function page(string $query, int $offset, int $size): array;
}

final class FakeWarehouse implements RowSource
{
    public function page(string $query, int $offset, int $size): array
    {
        $rows = [];
        for ($i = $offset; $i < min($offset + $size, 120); $i++) {
            $rows[] = ['id' => $i, 'sku' => "{$query}-{$i}", 'title' => "Item {$i} matching {$query}", 'stock' => $i * 3 % 17];
        }

        return $rows;
    }
}

final class ExportRequest
{
    public function __construct(
        public readonly string $query,
        public readonly string $format,
        public readonly string $requestedBy,
    ) {
    }
}

final class ReportExporter
{
    private const PAGE_SIZE = 25;

    /** @var \Generator<int, array<string, scalar>>|null */
    private ?\Generator $cursor = null;
    private int $emitted = 0;

    public function __construct(
        private readonly RowSource $source,
        private readonly ExportRequest $request,
    ) {
    }

    /**
     * @return \Generator<int, array<string, scalar>>
     */
    public function rows(): \Generator
    {
        return $this->cursor ??= $this->stream($this->request->query); // leak
    }

    /**
     * @return \Generator<int, array<string, scalar>>
     */
    private function stream(string $query): \Generator
    {
        $offset = 0;
        do {
            $page = $this->source->page($query, $offset, self::PAGE_SIZE);
            foreach ($page as $row) {
                $this->emitted++;
                yield $row['id'] => $row;
            }
            $offset += self::PAGE_SIZE;
        } while (\count($page) === self::PAGE_SIZE);
    }

    public function header(): string
    {
        return sprintf('# %s export for %s (%s)', strtoupper($this->request->format), $this->request->requestedBy, $this->request->query);
    }
}

final class PreviewAction
{
    public function __construct(
        private readonly RowSource $source,
        private readonly int $previewRows = 10,
    ) {
    }

    public function __invoke(ExportRequest $request): string
    {
        $exporter = new ReportExporter($this->source, $request);
        $lines = [$exporter->header()];

        foreach ($exporter->rows() as $id => $row) {
            $lines[] = implode(';', $row);
            if (\count($lines) > $this->previewRows) {
                break;
            }
        }

        return implode("\n", $lines);
    }
}

final class Worker
{
    private int $bytesSent = 0;

    /** @param \Closure(ExportRequest): string $handler */
    public function __construct(private readonly \Closure $handler)
    {
    }

    public function serve(ExportRequest $request): void
    {
        $this->bytesSent += \strlen(($this->handler)($request));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker((new PreviewAction(new FakeWarehouse()))(...));

for ($i = 0; $i < $n; $i++) {
    $worker->serve(new ExportRequest(
        query: "warehouse-{$i}",
        format: $i % 2 ? 'csv' : 'xlsx',
        requestedBy: "analyst{$i}@example.test",
    ));
}
