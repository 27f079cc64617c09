<?php
// A reporting service renders a sales data grid for each dashboard request; the grid installs a default row formatter built by one of its private helpers from its currency settings.

final class Money
{
    public function __construct(public readonly int $cents, public readonly string $currency) {}

    public function format(int $decimals, string $symbol): string
    {
        return $symbol . number_format($this->cents / 100, $decimals, '.', ',');
    }
}

final class DataGrid
{
    private const SYMBOLS = ['EUR' => '€', 'USD' => '$', 'GBP' => '£'];

    /** @var callable|null */
    private $rowFormatter = null;
    private array $columns = [];
    private array $rows = [];
    private array $totals = [];

    public function __construct(
        private string $title,
        private string $currency = 'EUR',
        private int $decimals = 2,
    ) {
        $this->setRowFormatter($this->createDefaultFormatter());
    }

    public function setRowFormatter(callable $formatter): self
    {
        $this->rowFormatter = $formatter;
        return $this;
    }

    public function addColumn(string $key, string $label): self
    {
        $this->columns[$key] = $label;
        return $this;
    }

    public function setRows(array $rows): self
    {
        $this->rows = $rows;
        $this->totals = [];
        foreach ($rows as $row) {
            foreach ($row as $key => $value) {
                if ($value instanceof Money) {
                    $this->totals[$key] = ($this->totals[$key] ?? 0) + $value->cents;
                }
            }
        }
        return $this;
    }

    public function render(): string
    {
        $html = '<table class="grid"><caption>' . htmlspecialchars($this->title) . '</caption><thead><tr>';
        foreach ($this->columns as $label) {
            $html .= '<th>' . htmlspecialchars($label) . '</th>';
        }
        $html .= '</tr></thead><tbody>';
        foreach ($this->rows as $row) {
            $html .= ($this->rowFormatter)($row, array_keys($this->columns));
        }
        $html .= '</tbody><tfoot><tr>';
        foreach (array_keys($this->columns) as $key) {
            $html .= '<td>' . (isset($this->totals[$key]) ? $this->formatMoney(new Money($this->totals[$key], $this->currency)) : '') . '</td>';
        }
        return $html . '</tr></tfoot></table>';
    }

    private function createDefaultFormatter(): Closure
    {
        $decimals = $this->decimals;
        $symbols = self::SYMBOLS;
        return static function (array $row, array $columns) use ($decimals, $symbols): string {
            $cells = '';
            foreach ($columns as $key) {
                $value = $row[$key] ?? '';
                $cells .= '<td>' . ($value instanceof Money ? $value->format($decimals, $symbols[$value->currency] ?? $value->currency . ' ') : htmlspecialchars((string) $value)) . '</td>';
            }
            return '<tr>' . $cells . '</tr>';
        };
    }

    private function formatMoney(Money $money): string
    {
        $symbol = self::SYMBOLS[$money->currency] ?? $money->currency . ' ';
        return $money->format($this->decimals, $symbol);
    }
}

final class SalesRepository
{
    public function monthlyTotals(int $seed): array
    {
        $rows = [];
        foreach (['North', 'South', 'East'] as $idx => $region) {
            $rows[] = [
                'region' => $region,
                'orders' => 10 + ($seed + $idx) % 17,
                'revenue' => new Money(150000 + ($seed * 37 + $idx * 911) % 90000, 'EUR'),
            ];
        }
        return $rows;
    }
}

final class ReportService
{
    public function __construct(private SalesRepository $sales) {}

    public function salesDashboard(int $requestId): string
    {
        $grid = (new DataGrid('Monthly sales #' . $requestId))
            ->addColumn('region', 'Region')
            ->addColumn('orders', 'Orders')
            ->addColumn('revenue', 'Revenue');
        return $grid->setRows($this->sales->monthlyTotals($requestId))->render();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$services = ['reports' => new ReportService(new SalesRepository())];
for ($i = 0; $i < $n; $i++) {
    $services['reports']->salesDashboard($i);
}
