<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Persistence\ProductRepository;

final class SyncSupplierPrice
{
    public function __construct(
        public readonly int $productId,
        public readonly int $priceCents,
        public readonly string $supplierRef,
    ) {}

    public function handle(ProductRepository $products): void
    {
        $product = $products->find($this->productId);
        if ($product === null) {
            return;
        }
        $product->reprice($this->priceCents, $this->supplierRef, new \DateTimeImmutable('2024-05-01 12:00:00'));
        $products->save($product);
    }
}

final class Worker
{
    public function __construct(private readonly ProductRepository $products) {}

    /** @param iterable<string> $payloads */
    public function daemon(iterable $payloads): void
    {
        foreach ($payloads as $payload) {
            $job = unserialize($payload, ['allowed_classes' => [SyncSupplierPrice::class]]);
            if ($job instanceof SyncSupplierPrice) {
                $job->handle($this->products);
            }
        }
    }
}
