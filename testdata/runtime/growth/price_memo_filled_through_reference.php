<?php
// A pricing service memoises each SKU's price in an entry it reaches by
// reference ("get or create"). The SKUs come with the requests and none
// is ever dropped: the memo grows by one entry per SKU ever priced.

final class PriceCache
{
    /** @var array<string, array{price: float, blob: string}|null> */
    private array $cache = [];

    public function price(string $sku): float
    {
        $entry = &$this->cache[$sku]; // leak
        if ($entry === null) {
            $entry = ['price' => strlen($sku) * 1.5, 'blob' => str_repeat('p', 500)]; // leak
        }
        return $entry['price'];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$prices = new PriceCache();
for ($i = 0; $i < $n; $i++) {
    $prices->price('sku-' . $i);
}
