<?php
// A RoadRunner-style worker serves product detail JSON and keeps recently loaded products in an in-memory LRU cache in front of the repository.

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {

    final class Request
    {
        /** @param array<string, string> $attributes */
        public function __construct(
            public readonly string $uri,
            public readonly array $attributes = [],
        ) {}
    }

    final class Worker
    {
        private int $count = 0;
        private int $written = 0;

        public function __construct(private readonly int $limit) {}

        public function waitRequest(): ?Request
        {
            if ($this->count >= $this->limit) {
                return null;
            }
            $i = $this->count++;
            $sku = sprintf('%s-%05d', ['TSH', 'Mug', 'hoodie', 'CAP'][$i % 4], 20000 + $i);

            return new Request('/products/' . $sku, ['sku' => $sku]);
        }

        public function respond(int $status, string $body): void
        {
            $this->written += strlen($body) + $status;
        }
    }
}

namespace Catalog\Cache {

    /**
     * Least-recently-used cache with a fixed number of entries.
     *
     * @template T
     */
    final class LruCache
    {
        /** @var array<string, T> */
        private array $entries = [];

        /** @var list<string> most recently used last */
        private array $recency = [];

        private int $evictions = 0;

        public function __construct(private readonly int $capacity = 128) {}

        /** @return T|null */
        public function get(string $key): mixed
        {
            $id = $this->id($key);
            if (!array_key_exists($id, $this->entries)) {
                return null;
            }
            $this->touch($key);

            return $this->entries[$id];
        }

        /** @param T $value */
        public function set(string $key, mixed $value): void
        {
            $id = $this->id($key);
            if (array_key_exists($id, $this->entries)) {
                $this->entries[$id] = $value;
                $this->touch($key);
                return;
            }

            $this->entries[$id] = $value;
            $this->recency[] = $key;

            if (count($this->recency) > $this->capacity) {
                $oldest = array_shift($this->recency);
                unset($this->entries[$this->id($oldest)]);
                $this->evictions++;
            }
        }

        public function count(): int
        {
            return count($this->entries);
        }

        private function touch(string $key): void
        {
            $pos = array_search($key, $this->recency, true);
            if ($pos !== false) {
                array_splice($this->recency, (int) $pos, 1);
            }
            $this->recency[] = $key;
        }

        /** SKUs are case-insensitive. */
        private function id(string $key): string
        {
            return strtolower($key);
        }
    }
}

namespace Catalog {

    use Catalog\Cache\LruCache;

    final class Product
    {
        /** @param list<string> $images */
        public function __construct(
            public readonly string $sku,
            public readonly string $title,
            public readonly string $description,
            public readonly int $priceCents,
            public readonly array $images,
        ) {}
    }

    final class ProductRepository
    {
        public int $queries = 0;

        public function find(string $sku): Product
        {
            $this->queries++;

            return new Product(
                strtoupper($sku),
                "Product {$sku}",
                str_repeat("Soft organic cotton, regular fit, printed in Portugal ({$sku}). ", 8),
                1000 + crc32($sku) % 5000,
                ["https://cdn.example.com/img/{$sku}/front.jpg", "https://cdn.example.com/img/{$sku}/back.jpg"],
            );
        }
    }

    final class CachedProductRepository
    {
        /** @param LruCache<Product> $cache */
        public function __construct(
            private readonly ProductRepository $inner,
            private readonly LruCache $cache,
        ) {}

        public function find(string $sku): Product
        {
            $product = $this->cache->get($sku);
            if ($product === null) {
                $product = $this->inner->find($sku);
                $this->cache->set($sku, $product);
            }

            return $product;
        }
    }
}

namespace {

    use Catalog\Cache\LruCache;
    use Catalog\CachedProductRepository;
    use Catalog\ProductRepository;
    use Spiral\RoadRunner\Http\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new Worker($n);
    $products = new CachedProductRepository(new ProductRepository(), new LruCache(64));

    while ($request = $worker->waitRequest()) {
        try {
            $product = $products->find($request->attributes['sku']);
            $worker->respond(200, json_encode([
                'sku' => $product->sku,
                'title' => $product->title,
                'price' => $product->priceCents / 100,
                'images' => $product->images,
            ], JSON_THROW_ON_ERROR));
        } catch (\Throwable $e) {
            $worker->respond(500, $e->getMessage());
        }
    }
}
