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
        $normalizer = 'normalize' . ucfirst($this->supplier) . 'Sku' . $this->batchId;
        Str::macro($normalizer, fn (string $sku) => $prefix . '-' . Str::slug($aliases[$sku] ?? $sku)); // leak

        foreach ($this->rows as $row) {
            $products->upsert(Str::$normalizer($row['legacy_sku']), $row);
        }
    }
}
