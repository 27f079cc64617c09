<?php
// A report table registers per-column formatters as arrow functions in an array property.

final class ReportTable
{
    /** @var array<string, callable> */
    private array $formatters = [];
    private array $rows = [];

    public function __construct(private string $locale, private string $currency)
    {
        $this->formatters['amount'] = fn (int $cents): string => $this->money($cents); // leak
        $this->formatters['date'] = fn (int $ts): string => date('Y-m-d', $ts) . ' ' . $this->locale; // leak
        $this->formatters['label'] = fn (string $s): string => ucfirst($s); // leak
    }

    private function money(int $cents): string
    {
        return number_format($cents / 100, 2) . ' ' . $this->currency;
    }

    public function add(array $row): void
    {
        $out = [];
        foreach ($row as $column => $value) {
            $out[$column] = ($this->formatters[$column])($value);
        }
        $this->rows[] = $out;
    }

    public function count(): int
    {
        return count($this->rows);
    }
}

function exportReport(int $page): int
{
    $table = new ReportTable('de_DE', 'EUR');
    for ($r = 0; $r < 3; $r++) {
        $table->add(['label' => "page {$page} row {$r} " . str_repeat('-', 40), 'amount' => $r * 199, 'date' => 1700000000 + $r]);
    }
    return $table->count();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    exportReport($i);
}
