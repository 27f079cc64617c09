<?php

declare(strict_types=1);

namespace App\Persistence;

use App\Entity\Product;

/**
 * Remembers what each loaded entity looked like so that only the columns
 * that really changed are written back.
 */
final class ChangeTracker
{
    /** @var array<int, array{0: Product, 1: array<string, scalar|null>}> */
    private array $snapshots = [];

    public function __construct(private readonly ProductHydrator $hydrator) {}

    public function snapshot(Product $product): void
    {
        // The entity is kept next to its data so a recycled object id can be told apart.
        $this->snapshots[spl_object_id($product)] = [$product, $this->hydrator->extract($product)]; // leak
    }

    /** @return array<string, scalar|null> */
    public function changeSet(Product $product): array
    {
        [$tracked, $original] = $this->snapshots[spl_object_id($product)] ?? [null, []];
        if ($tracked !== $product) {
            $original = [];
        }

        return array_diff_assoc($this->hydrator->extract($product), $original);
    }
}
