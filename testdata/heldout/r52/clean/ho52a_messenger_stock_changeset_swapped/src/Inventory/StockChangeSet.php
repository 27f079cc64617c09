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
        $this->pending[$product] = new StockDelta($product->sku, $warehouse, $product->onHand, $onHand, $source);
        $product->onHand = $onHand;
    }

    public function commit(): int
    {
        $pending = $this->pending;
        $this->pending = new \SplObjectStorage();

        $deltas = [];
        foreach ($pending as $product) {
            $delta = $pending[$product];
            if (!$delta->isZero()) {
                $deltas[] = $delta;
            }
        }
        if ($deltas === []) {
            return 0;
        }

        $this->repository->apply($deltas);

        return count($deltas);
    }
}
