<?php

declare(strict_types=1);

// Swoole HTTP server running a GraphQL cart API. Every request gets its own
// GraphQLContext holding the per-request DataLoaders (batched resolvers).

final class Deferred
{
    private bool $resolved = false;
    private mixed $value = null;

    public function resolve(mixed $value): void
    {
        $this->value = $value;
        $this->resolved = true;
    }

    public function wait(): mixed
    {
        if (!$this->resolved) {
            throw new LogicException('DataLoader was not dispatched');
        }

        return $this->value;
    }
}

final class DataLoader
{
    /** @var array<string, Deferred> */
    private array $promises = [];
    /** @var array<string, true> */
    private array $queue = [];

    /** @param Closure(list<string>): array<string, mixed> $batchLoadFn */
    public function __construct(private readonly Closure $batchLoadFn) // leak
    {
    }

    public function load(string $key): Deferred
    {
        if (!isset($this->promises[$key])) {
            $this->promises[$key] = new Deferred();
            $this->queue[$key] = true;
        }

        return $this->promises[$key];
    }

    public function dispatch(): void
    {
        if ($this->queue === []) {
            return;
        }
        $keys = array_keys($this->queue);
        $this->queue = [];
        $rows = ($this->batchLoadFn)($keys);
        foreach ($keys as $key) {
            $this->promises[$key]->resolve($rows[$key] ?? null);
        }
    }
}

final class ProductRepository
{
    /** @param list<string> $ids */
    public function findMany(array $ids, string $locale): array
    {
        $rows = [];
        foreach ($ids as $id) {
            $rows[$id] = [
                'id' => $id,
                'title' => sprintf('[%s] Product %s', $locale, $id),
                'description' => str_repeat("Hand-made {$id}. ", 6),
                'price' => ['amount' => 1000 + (int) substr($id, 2), 'currency' => 'EUR'],
            ];
        }

        return $rows;
    }
}

final class InventoryService
{
    /** @param list<string> $skus */
    public function levelsFor(array $skus): array
    {
        return array_fill_keys($skus, ['warehouse' => 'FRA-1', 'available' => 7]);
    }
}

final class Viewer
{
    public function __construct(public readonly string $id, public readonly string $locale)
    {
    }
}

final class GraphQLContext
{
    /** @var array<string, DataLoader> */
    private array $loaders = [];

    public function __construct(
        public readonly Viewer $viewer,
        public readonly string $requestId,
        private readonly ProductRepository $products,
        private readonly InventoryService $inventory,
    ) {
    }

    public function loader(string $name): DataLoader
    {
        return $this->loaders[$name] ??= $this->makeLoader($name); // leak
    }

    public function dispatchAll(): void
    {
        foreach ($this->loaders as $loader) {
            $loader->dispatch();
        }
    }

    private function makeLoader(string $name): DataLoader
    {
        return match ($name) {
            'product' => new DataLoader(fn (array $ids): array => $this->products->findMany($ids, $this->viewer->locale)), // leak
            'inventory' => new DataLoader($this->batchInventory(...)), // leak
        };
    }

    private function batchInventory(array $skus): array
    {
        return $this->inventory->levelsFor($skus);
    }
}

final class CartResolver
{
    /** @param list<array{productId: string, qty: int}> $lines */
    public function resolve(GraphQLContext $context, array $lines): array
    {
        $deferred = [];
        foreach ($lines as $line) {
            $deferred[] = [
                $line,
                $context->loader('product')->load($line['productId']),
                $context->loader('inventory')->load('SKU-' . $line['productId']),
            ];
        }
        $context->dispatchAll();

        return array_map(static fn (array $d): array => [
            'qty' => $d[0]['qty'],
            'product' => $d[1]->wait(),
            'stock' => $d[2]->wait(),
        ], $deferred);
    }
}

final class GraphQLServer
{
    public function __construct(
        private readonly ProductRepository $products,
        private readonly InventoryService $inventory,
        private readonly CartResolver $cart,
    ) {
    }

    public function onRequest(array $request): string
    {
        $context = new GraphQLContext(
            new Viewer($request['headers']['x-user-id'], $request['headers']['accept-language']),
            $request['headers']['x-request-id'],
            $this->products,
            $this->inventory,
        );
        $payload = json_decode($request['body'], true);

        return json_encode(['data' => ['cart' => $this->cart->resolve($context, $payload['variables']['lines'])]]);
    }
}

$server = new GraphQLServer(new ProductRepository(), new InventoryService(), new CartResolver());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$locales = ['de-DE', 'en-GB', 'fr-FR'];
for ($i = 0; $i < $n; $i++) {
    $lines = [
        ['productId' => 'P-' . (1000 + $i % 37), 'qty' => 1 + $i % 3],
        ['productId' => 'P-' . (2000 + $i % 11), 'qty' => 1],
    ];
    $server->onRequest([
        'headers' => [
            'x-user-id' => 'usr_' . (500 + $i),
            'accept-language' => $locales[$i % 3],
            'x-request-id' => bin2hex(random_bytes(8)),
        ],
        'body' => json_encode(['query' => 'query Cart($lines: [CartLineInput!]!) { cart(lines: $lines) { qty } }', 'variables' => ['lines' => $lines]]),
    ]);
}
