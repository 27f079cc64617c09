<?php
// A queue consumer's unit of work snapshots each loaded entity's data keyed by spl_object_hash() and computes change sets before saving.

final class Product
{
    public function __construct(
        public int $id,
        public string $sku,
        public int $stock,
        public string $description,
    ) {}
}

final class UnitOfWork
{
    /** @var array<string, array<string, mixed>> */
    private array $originalData = [];
    /** @var array<string, array<string, array{0: mixed, 1: mixed}>> */
    private array $changeSets = [];

    public function registerManaged(object $entity): void
    {
        $this->originalData[spl_object_hash($entity)] = get_object_vars($entity);
    }

    public function computeChangeSet(object $entity): array
    {
        $hash = spl_object_hash($entity);
        $original = $this->originalData[$hash] ?? [];
        $changes = [];
        foreach (get_object_vars($entity) as $field => $value) {
            if (($original[$field] ?? null) !== $value) {
                $changes[$field] = [$original[$field] ?? null, $value];
            }
        }
        $this->changeSets[$hash] = $changes;
        return $changes;
    }
}

final class ProductRepository
{
    public function __construct(private UnitOfWork $uow) {}

    public function find(int $id): Product
    {
        $product = new Product($id, 'SKU-' . $id, 40, str_repeat("Product {$id} description. ", 12));
        $this->uow->registerManaged($product);
        return $product;
    }

    public function save(Product $product): int
    {
        return count($this->uow->computeChangeSet($product));
    }
}

final class StockAdjusted
{
    public function __construct(public readonly int $productId, public readonly int $delta) {}
}

final class Queue
{
    private int $i = 0;

    public function __construct(private int $n) {}

    public function next(): ?StockAdjusted
    {
        if ($this->i >= $this->n) {
            return null;
        }
        $i = $this->i++;
        return new StockAdjusted(100 + $i, ($i % 7) - 3);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$uow = new UnitOfWork();
$products = new ProductRepository($uow);
$queue = new Queue($n);

while (($message = $queue->next()) !== null) {
    $product = $products->find($message->productId);
    $product->stock += $message->delta;
    $products->save($product);
    unset($product);
}
