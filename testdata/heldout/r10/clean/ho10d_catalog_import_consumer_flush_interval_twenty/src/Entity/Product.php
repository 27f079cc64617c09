<?php

declare(strict_types=1);

namespace App\Entity;

final class Product
{
    public function __construct(
        private string $sku,
        private string $name,
        private string $description,
        private int $priceCents,
        private string $currency,
        private int $stock,
    ) {
    }

    public function getIdentifier(): string
    {
        return $this->sku;
    }
}
