<?php
// A worker-lifetime LRU cache of rendered product cards tracks insertion order in a separate list and evicts once the order list exceeds its capacity.

final class LruCache
{
    /** @var array<string, mixed> */
    private array $items = [];
    /** @var list<string> */
    private array $order = [];
    private int $hits = 0;
    private int $misses = 0;

    public function __construct(private int $capacity = 64) {}

    public function get(string $key, callable $compute): mixed
    {
        if (array_key_exists($key, $this->items)) {
            $this->hits++;
            $this->touch($key);
            return $this->items[$key];
        }
        $this->misses++;
        $value = $compute($key);
        $this->items[$key] = $value;
        $this->order[] = $key;
        $this->evict();
        return $value;
    }

    private function touch(string $key): void
    {
        $pos = array_search($key, $this->order, true);
        if ($pos !== false) {
            array_splice($this->order, $pos, 1);
        }
        $this->order[] = $key;
    }

    private function evict(): void
    {
        while (count($this->order) > $this->capacity) {
            $oldest = array_shift($this->order);
            unset($this->items[$oldest]);
        }
    }

    public function stats(): array
    {
        return ['hits' => $this->hits, 'misses' => $this->misses, 'size' => count($this->order)];
    }
}

final class ProductCardRenderer
{
    public function __construct(private LruCache $cache) {}

    public function render(int $productId, string $locale): string
    {
        return $this->cache->get("card:{$locale}:{$productId}", function () use ($productId, $locale): string {
            return sprintf(
                '<article class="card" lang="%s"><h3>Product %d</h3><p>%s</p></article>',
                $locale,
                $productId,
                str_repeat('Great value. ', 40),
            );
        });
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$renderer = new ProductCardRenderer(new LruCache(64));
$locales = ['en', 'de', 'fr'];

for ($i = 0; $i < $n; $i++) {
    $renderer->render(10_000 + $i, $locales[$i % 3]);
}
