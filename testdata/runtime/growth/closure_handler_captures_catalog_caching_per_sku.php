<?php
// A worker script builds its request handler once, as a closure that
// captures the catalog service, and calls it for every request. The
// catalog keeps every product it looked up, under the requested SKU,
// and SKUs come from the request: one more entry per new SKU.

final class Catalog
{
    /** @var array<string, array{string, int}> */
    private array $products = [];

    public function lookup(string $sku): array
    {
        return $this->products[$sku] ??= [str_repeat("product {$sku} ", 40), strlen($sku) * 100]; // leak
    }
}

$catalog = new Catalog();
$handle = static function (array $request) use ($catalog): string {
    [$title, $price] = $catalog->lookup($request['sku']);

    return $title . ' ' . $price;
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handle(['sku' => 'SKU-' . (300000 + $i)]);
}
