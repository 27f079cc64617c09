<?php
// A cart price calculator builds its rounding rule in a private helper as a static closure over copied scalars and stores it via its own setter.

final class PriceCalculator
{
    private ?Closure $rounder = null;
    private array $lines = [];

    public function __construct(private string $currency, private int $precision, private string $priceListDump) {}

    public function setRounder(Closure $rounder): self
    {
        $this->rounder = $rounder;
        return $this;
    }

    private function currencyRounding(): Closure
    {
        $precision = $this->precision;
        $currency = $this->currency;
        return static function (float $amount) use ($precision, $currency): string {
            return number_format(round($amount, $precision), $precision) . ' ' . $currency;
        };
    }

    public function boot(): self
    {
        return $this->setRounder($this->currencyRounding());
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
