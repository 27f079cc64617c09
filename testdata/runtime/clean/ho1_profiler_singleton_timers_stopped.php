<?php
// A product API loop times repository lookups through a Profiler reached via Profiler::instance(); the repository starts a timer before checking its cache and stops it in a finally block.

final class Profiler
{
    private static ?Profiler $instance = null;

    /** @var array<string, array{name: string, started: int, context: array}> */
    private array $running = [];

    /** @var array<string, array{count: int, total_ns: int}> */
    private array $totals = [];

    private int $sequence = 0;

    private function __construct(private bool $enabled) {}

    public static function instance(): self
    {
        return self::$instance ??= new self(true);
    }

    public function start(string $name, array $context = []): string
    {
        $token = sprintf('%s#%d', $name, ++$this->sequence);
        if ($this->enabled) {
            $this->running[$token] = ['name' => $name, 'started' => hrtime(true), 'context' => $context];
        }
        return $token;
    }

    public function stop(string $token): void
    {
        if (!isset($this->running[$token])) {
            return;
        }
        $timer = $this->running[$token];
        unset($this->running[$token]);
        $bucket = &$this->totals[$timer['name']];
        $bucket['count'] = ($bucket['count'] ?? 0) + 1;
        $bucket['total_ns'] = ($bucket['total_ns'] ?? 0) + (hrtime(true) - $timer['started']);
    }

    public function report(): array
    {
        return $this->totals;
    }
}

final class Product
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $description,
        public readonly int $priceCents,
    ) {}
}

final class ArrayCache
{
    private array $items = [];

    public function get(string $key): mixed
    {
        return $this->items[$key] ?? null;
    }

    public function set(string $key, mixed $value): void
    {
        $this->items[$key] = $value;
    }
}

final class ProductRepository
{
    public function __construct(private ArrayCache $cache) {}

    public function find(int $id, string $locale): Product
    {
        $timer = Profiler::instance()->start('repository.product.find', [
            'id' => $id,
            'locale' => $locale,
            'caller' => __METHOD__,
            'sql' => 'SELECT id, name, description, price_cents FROM products WHERE id = :id AND locale = :locale LIMIT 1',
        ]);

        try {
            $cached = $this->cache->get("product:{$id}");
            if ($cached instanceof Product) {
                return $cached;
            }

            $product = new Product($id, "Product {$id}", str_repeat('Durable, lightweight and recyclable. ', 6), 1999 + $id);
            $this->cache->set("product:{$id}", $product);
            return $product;
        } finally {
            Profiler::instance()->stop($timer);
        }
    }
}

final class ProductController
{
    public function __construct(private ProductRepository $products) {}

    public function show(int $id, string $locale): string
    {
        $product = $this->products->find($id, $locale);
        return json_encode(['id' => $product->id, 'name' => $product->name, 'price' => $product->priceCents / 100]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new ProductController(new ProductRepository(new ArrayCache()));
for ($i = 0; $i < $n; $i++) {
    // The storefront shows a rotating set of 12 featured products.
    $controller->show(1 + $i % 12, $i % 2 ? 'en' : 'de');
}
