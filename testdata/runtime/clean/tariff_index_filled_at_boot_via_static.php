<?php
// A tariff table keeps a static index of its rows. The index is filled
// by a method the table calls through late static binding, once, when
// the worker boots; requests only read it.

class TariffTable
{
    /** @var array<string, array{rate: float, label: string}> */
    protected static array $index = [];

    public static function boot(array $rows): void
    {
        foreach ($rows as $code => $rate) {
            static::remember($code . '-' . date('Y'), $rate);
        }
    }

    protected static function remember(string $code, float $rate): void
    {
        static::$index[$code] = ['rate' => $rate, 'label' => str_repeat("tariff {$code} ", 20)];
    }

    public static function rate(string $code): float
    {
        return static::$index[$code . '-' . date('Y')]['rate'] ?? 0.0;
    }
}

TariffTable::boot(['day' => 0.31, 'night' => 0.18, 'weekend' => 0.22]);
$total = 0.0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $total += TariffTable::rate(['day', 'night', 'weekend'][$i % 3]) * (1 + $i % 7);
}
