<?php

declare(strict_types=1);

namespace App\Persistence;

use App\Entity\Product;

final class ProductHydrator
{
    private const FORMAT = 'Y-m-d H:i:s';

    /** @param array<string, scalar|null> $row */
    public function hydrate(array $row): Product
    {
        return new Product(
            (int) $row['id'],
            (string) $row['sku'],
            (string) $row['name'],
            (int) $row['price_cents'],
            (string) $row['currency'],
            $row['supplier_ref'] === null ? null : (string) $row['supplier_ref'],
            $row['price_updated_at'] === null ? null : new \DateTimeImmutable((string) $row['price_updated_at']),
        );
    }

    /** @return array<string, scalar|null> */
    public function extract(Product $product): array
    {
        return [
            'sku' => $product->sku,
            'name' => $product->name,
            'price_cents' => $product->priceCents,
            'currency' => $product->currency,
            'supplier_ref' => $product->supplierRef,
            'price_updated_at' => $product->priceUpdatedAt?->format(self::FORMAT),
        ];
    }
}
