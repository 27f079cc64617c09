<?php
// A pizza ordering service caches the price of each topping combination.
// The toppings a request asks for are first narrowed to the ones on the
// menu (array_intersect with the menu's codes), so the cache key is one
// of the menu's combinations, whatever else the request sends.

final class ToppingPricer
{
    private const MENU = ['basil' => 40, 'olives' => 60, 'chili' => 30, 'ham' => 120];

    /** @var array<string, array{price: int, label: string}> */
    private array $quotes = [];

    public function price(array $toppings): array
    {
        $codes = array_values(array_intersect($toppings, array_keys(self::MENU)));
        sort($codes);
        $key = implode(',', $codes);
        return $this->quotes[$key] ??= ['price' => array_sum(array_map(fn (string $c) => self::MENU[$c], $codes)), 'label' => str_repeat('-', 900) . $key];
    }
}

$pricer = new ToppingPricer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $asked = [['basil', 'ham'], ['olives'], ['chili', 'basil']][$i % 3];
    $asked[] = 'note: extra crispy for order ' . (70000 + $i);
    $pricer->price($asked);
}
