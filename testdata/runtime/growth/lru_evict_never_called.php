<?php
// A product cache has an eviction method, but nothing on the request path calls it.

final class ProductCache
{
    private array $items = [];

    public function __construct(private int $capacity = 100) {}

    public function get(string $sku, callable $load): array
    {
        if (isset($this->items[$sku])) {
            $value = $this->items[$sku];
            unset($this->items[$sku]);
            return $this->items[$sku] = $value;
        }
        return $this->items[$sku] = $load($sku); // leak
    }

    public function evict(): void
    {
        while (count($this->items) > $this->capacity) {
            unset($this->items[array_key_first($this->items)]);
        }
    }
}

final class ProductController
{
    public function __construct(private ProductCache $cache) {}

    public function show(string $sku): int
    {
        $product = $this->cache->get($sku, static fn (string $s): array => ['sku' => $s, 'description' => str_repeat("Product {$s}. ", 30)]);
        return strlen($product['description']);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new ProductController(new ProductCache());
for ($i = 0; $i < $n; $i++) {
    $controller->show('SKU-' . $i);
}
