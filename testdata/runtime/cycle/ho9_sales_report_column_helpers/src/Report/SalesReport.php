<?php

namespace App\Report;

final class SalesReport
{
    /** @var array<string, \Closure(array): string> */
    private array $columns;

    public function __construct(private string $region, private string $currency)
    {
        $this->columns = array_merge($this->identityColumns(), $this->moneyColumns()); // leak
    }

    private function identityColumns(): array
    {
        return [
            'order' => fn (array $row): string => '#' . $row['id'], // leak
            'region' => fn (array $row): string => $this->region, // leak
        ];
    }

    private function moneyColumns(): array
    {
        return [
            'net' => fn (array $row): string => $this->money($row['net']), // leak
            'gross' => fn (array $row): string => $this->money((int) round($row['net'] * 1.2)), // leak
        ];
    }

    private function money(int $cents): string
    {
        return sprintf('%.2f %s', $cents / 100, $this->currency);
    }

    public function toCsv(iterable $rows): string
    {
        $out = implode(',', array_keys($this->columns)) . "\n";
        foreach ($rows as $row) {
            $out .= implode(',', array_map(static fn (\Closure $col) => $col($row), $this->columns)) . "\n";
        }
        return $out;
    }
}
