<?php
// A worker script builds its request handler once, as a closure that
// captures the catalog's settings, and calls it for every request. The
// handler makes a catalog for the request: the products it keeps go
// with it.

final class Catalog
{
    /** @var array<string, array{string, int}> */
    private array $products = [];

    public function __construct(private string $currency)
    {
    }

    public function lookup(string $sku): array
    {
        return $this->products[$sku] ??= [str_repeat("product {$sku} ", 40), strlen($sku) * 100];
    }
}

$currency = 'EUR';
$handle = static function (array $request) use ($currency): string {
    $catalog = new Catalog($currency);
    [$title, $price] = $catalog->lookup($request['sku']);

    return $title . ' ' . $price;
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handle(['sku' => 'SKU-' . (300000 + $i)]);
}
