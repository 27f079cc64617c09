<?php
// A pricing service memoises the price of each pricing tier in an entry
// it reaches by reference ("get or create"). There are three tiers, so
// three entries, filled once.

final class PriceCache
{
    /** @var array<string, array{price: float, blob: string}|null> */
    private array $cache = [];

    public function price(string $tier): float
    {
        $entry = &$this->cache[$tier];
        if ($entry === null) {
            $entry = ['price' => strlen($tier) * 1.5, 'blob' => str_repeat('p', 500)];
        }
        return $entry['price'];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tiers = ['retail', 'wholesale', 'partner'];
$prices = new PriceCache();
for ($i = 0; $i < $n; $i++) {
    $prices->price($tiers[$i % 3]);
}
