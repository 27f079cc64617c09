<?php
// A cart price calculator builds its rounding rule in a private helper (a closure over $this) and stores it via its own setter.

final class PriceCalculator
{
    private ?Closure $rounder = null;
    private array $lines = [];

    public function __construct(private string $currency, private int $precision, private string $priceListDump) {}

    public function setRounder(Closure $rounder): self
    {
        $this->rounder = $rounder; // leak
        return $this;
    }

    private function currencyRounding(): Closure
    {
        return function (float $amount): string { // leak
            return number_format(round($amount, $this->precision), $this->precision) . ' ' . $this->currency;
        };
    }

    public function boot(): self
    {
        return $this->setRounder($this->currencyRounding()); // leak
    }

    public function add(string $sku, int $qty, float $unit): void
    {
        $this->lines[$sku] = $qty * $unit;
    }

    public function total(): string
    {
        return ($this->rounder)(array_sum($this->lines));
    }
}

function checkout(int $i): string
{
    $calc = (new PriceCalculator('EUR', 2, str_repeat('sku;price;', 70)))->boot();
    $calc->add("sku-{$i}", 3, 19.99);
    $calc->add('gift-wrap', 1, 2.5);
    return $calc->total();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    checkout($i);
}
