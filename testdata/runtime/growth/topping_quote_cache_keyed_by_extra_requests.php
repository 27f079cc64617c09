<?php
// A pizza ordering service caches the price of each topping combination.
// What a request asks for beyond the menu (array_diff with the menu's
// codes: the notes a customer types) is priced as a surcharge and the
// cache is keyed by it, so every new note adds an entry.

final class ToppingPricer
{
    private const MENU = ['basil' => 40, 'olives' => 60, 'chili' => 30, 'ham' => 120];

    /** @var array<string, array{price: int, label: string}> */
    private array $quotes = [];

    public function price(array $toppings): array
    {
        $codes = array_values(array_diff($toppings, array_keys(self::MENU)));
        sort($codes);
        $key = implode(',', $codes);
        return $this->quotes[$key] ??= ['price' => array_sum(array_map(fn (string $c) => self::MENU[$c] ?? 50, $codes)), 'label' => str_repeat('-', 900) . $key]; // leak
    }
}

$pricer = new ToppingPricer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $asked = [['basil', 'ham'], ['olives'], ['chili', 'basil']][$i % 3];
    $asked[] = 'note: extra crispy for order ' . (70000 + $i);
    $pricer->price($asked);
}
