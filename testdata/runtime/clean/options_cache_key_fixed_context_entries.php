<?php
// A price formatter caches its formatting options per context, keyed by
// a hash of the context entries that decide the format, the currency
// (checked against a list) and the precision: two keys in all.

final class PriceFormatter
{
    private const KEYED = ['currency', 'precision'];

    /** @var array<string, array<string, string>> */
    private array $options = [];

    public function format(int $cents, array $context): string
    {
        $key = hash('xxh3', serialize(array_intersect_key($context, array_flip(self::KEYED))));
        $options = $this->options[$key] ??= ['symbol' => $context['currency'] === 'EUR' ? '€' : '$', 'pattern' => str_repeat('#', 200)];

        return $options['symbol'] . number_format($cents / 100, 2);
    }
}

final class CartController
{
    public function __construct(private PriceFormatter $prices)
    {
    }

    public function show(array $request): string
    {
        return $this->prices->format($request['total'], [
            'currency' => in_array($request['currency'], ['EUR', 'USD'], true) ? $request['currency'] : 'EUR',
            'precision' => 2,
            'request_id' => $request['id'],
        ]);
    }
}

$controller = new CartController(new PriceFormatter());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show(['total' => 1000 + $i, 'currency' => ['EUR', 'USD'][$i % 2], 'id' => 'req-' . (700000 + $i)]);
}
