<?php

declare(strict_types=1);

namespace App\Entity;

final class Product
{
    public function __construct(
        public readonly int $id,
        public string $sku,
        public string $name,
        public int $priceCents,
        public string $currency,
        public ?string $supplierRef = null,
        public ?\DateTimeImmutable $priceUpdatedAt = null,
    ) {}

    public function reprice(int $priceCents, string $supplierRef, \DateTimeImmutable $at): void
    {
        if ($priceCents === $this->priceCents) {
            return;
        }
        $this->priceCents = $priceCents;
        $this->supplierRef = $supplierRef;
        $this->priceUpdatedAt = $at;
    }
}
