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
    /** @var array<int, array<string, scalar|null>> */
    private array $snapshots = [];

    public function __construct(private readonly ProductHydrator $hydrator) {}

    public function snapshot(Product $product): void
    {
        // Only the extracted column values are kept, keyed by the entity's object id.
        $this->snapshots[spl_object_id($product)] = $this->hydrator->extract($product);
    }

    /** @return array<string, scalar|null> */
    public function changeSet(Product $product): array
    {
        $original = $this->snapshots[spl_object_id($product)] ?? [];

        return array_diff_assoc($this->hydrator->extract($product), $original);
    }
}
