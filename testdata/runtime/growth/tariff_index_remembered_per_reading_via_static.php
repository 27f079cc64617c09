<?php
// A tariff table keeps a static index of its rows. Each request prices
// a meter reading and remembers it in the index through late static
// binding, under the reading's own id: the index keeps every reading.

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
        static::$index[$code] = ['rate' => $rate, 'label' => str_repeat("tariff {$code} ", 20)]; // leak
    }

    public static function rate(string $code, string $reading): float
    {
        $rate = static::$index[$code . '-' . date('Y')]['rate'] ?? 0.0;
        static::remember($reading, $rate);

        return $rate;
    }
}

TariffTable::boot(['day' => 0.31, 'night' => 0.18, 'weekend' => 0.22]);
$total = 0.0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $total += TariffTable::rate(['day', 'night', 'weekend'][$i % 3], 'rd-' . bin2hex(random_bytes(6))) * (1 + $i % 7);
}
