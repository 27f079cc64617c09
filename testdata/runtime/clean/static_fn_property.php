<?php
// A money formatter keeps static arrow functions in properties; they do not capture $this.

final class MoneyFormatter
{
    private Closure $format;
    /** @var array<string, Closure> */
    private array $rounding;

    public function __construct(private string $currency)
    {
        $this->format = static fn (int $cents, string $cur): string => sprintf('%s %0.2f', $cur, $cents / 100);
        $this->rounding = [
            'up' => static function (float $v): float { return ceil($v); },
            'down' => static function (float $v): float { return floor($v); },
        ];
    }

    public function format(int $cents, string $mode = 'up'): string
    {
        return ($this->format)((int) ($this->rounding[$mode])($cents), $this->currency);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $formatter = new MoneyFormatter('EUR' . str_repeat(' ', 100));
    $formatter->format($i * 37);
}
unset($formatter);
