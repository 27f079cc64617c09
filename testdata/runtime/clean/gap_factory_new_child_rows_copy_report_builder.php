<?php
// The same sales report builder, but its factory method returns `new ReportPaginator($this->rows, ...)`: the paginator it keeps in $this->paginator gets a copy of the rows, not the builder.

final class ReportPaginator
{
    public function __construct(
        private array $rows,
        private int $perPage,
    ) {}

    public function page(int $page): array
    {
        return array_slice($this->rows, ($page - 1) * $this->perPage, $this->perPage);
    }

    public function pages(): int
    {
        return (int) ceil(count($this->rows) / $this->perPage);
    }
}

final class SalesReportBuilder
{
    private ?ReportPaginator $paginator = null;
    /** @var list<array{region: string, total: int, note: string}> */
    private array $rows = [];

    public function __construct(private string $period) {}

    public function addRow(string $region, int $total): self
    {
        $this->rows[] = ['region' => $region, 'total' => $total, 'note' => "{$region} sales for {$this->period}"];
        return $this;
    }

    public function rows(): array
    {
        return $this->rows;
    }

    private function createPaginator(int $perPage): ReportPaginator
    {
        return new ReportPaginator($this->rows, $perPage);
    }

    public function paginate(int $perPage): ReportPaginator
    {
        return $this->paginator ??= $this->createPaginator($perPage);
    }
}

function render_sales_report(int $i): int
{
    $builder = new SalesReportBuilder(sprintf('2024-%02d', $i % 12 + 1));
    foreach (['north', 'south', 'east', 'west', 'central', 'online'] as $k => $region) {
        $builder->addRow($region, $i * 10 + $k);
    }
    return $builder->paginate(4)->pages() + count($builder->paginate(4)->page(1));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    render_sales_report($i);
}
