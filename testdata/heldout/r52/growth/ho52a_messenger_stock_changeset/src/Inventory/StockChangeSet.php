<?php

namespace App\Inventory;

/**
 * Unit of work for stock levels: products touched while handling a message
 * are recorded, then the non-zero changes are written in one go.
 */
final class StockChangeSet
{
    private \SplObjectStorage $pending;

    public function __construct(private StockRepository $repository)
    {
        $this->pending = new \SplObjectStorage();
    }

    public function record(Product $product, string $warehouse, int $onHand, string $source): void
    {
        $this->pending[$product] = new StockDelta($product->sku, $warehouse, $product->onHand, $onHand, $source); // leak
        $product->onHand = $onHand;
    }

    public function commit(): int
    {
        $deltas = [];
        foreach ($this->pending as $product) {
            $delta = $this->pending[$product];
            if (!$delta->isZero()) {
                $deltas[] = $delta;
            }
        }
        if ($deltas === []) {
            return 0;
        }

        $this->repository->apply($deltas);
        $this->pending = new \SplObjectStorage();

        return count($deltas);
    }
}
