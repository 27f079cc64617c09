<?php

namespace App\Jobs;

use App\Catalog\ProductRepository;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Support\Str;

class ImportSupplierFeed implements ShouldQueue
{
    public function __construct(public string $supplier, public string $batchId, public array $rows) {}

    public function handle(ProductRepository $products): void
    {
        $prefix = strtoupper($this->supplier);
        $aliases = array_column($this->rows, 'sku', 'legacy_sku');

        foreach ($this->rows as $row) {
            $products->upsert(Str::normalizeSku($prefix, $row['legacy_sku'], $aliases), $row);
        }
    }
}
