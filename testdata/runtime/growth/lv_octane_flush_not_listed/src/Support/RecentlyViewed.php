<?php

namespace App\Support;

use App\Catalog\ProductSummary;

/**
 * Products shown on the current page, for the "you just looked at" strip.
 */
final class RecentlyViewed
{
    /** @var list<ProductSummary> */
    private array $items = [];

    public function __construct(private int $limitPerPage)
    {
    }

    public function push(ProductSummary $product): void
    {
        $this->items[] = $product; // leak
    }

    /**
     * @return list<ProductSummary>
     */
    public function latest(): array
    {
        return array_slice($this->items, -$this->limitPerPage);
    }
}
