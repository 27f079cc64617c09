<?php

namespace App\Report;

final class SalesReport
{
    /** @var array<string, \Closure(array): string> */
    private array $columns;

    public function __construct(private string $region, private string $currency)
    {
        $this->columns = array_merge($this->identityColumns(), $this->moneyColumns());
    }

    private function identityColumns(): array
    {
        $region = $this->region;

        return [
            'order' => static fn (array $row): string => '#' . $row['id'],
            'region' => static fn (array $row): string => $region,
        ];
    }

    private function moneyColumns(): array
    {
        $currency = $this->currency;

        return [
            'net' => static fn (array $row): string => self::money($row['net'], $currency),
            'gross' => static fn (array $row): string => self::money((int) round($row['net'] * 1.2), $currency),
        ];
    }

    private static function money(int $cents, string $currency): string
    {
        return sprintf('%.2f %s', $cents / 100, $currency);
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
