<?php

declare(strict_types=1);

namespace App\Entity;

class Product
{
    private ?\DateTimeImmutable $importedAt = null;

    public function __construct(
        private string $sku,
        private string $name,
        private string $description,
        private int $priceCents,
        private array $attributes = [],
    ) {
    }

    public function getSku(): string
    {
        return $this->sku;
    }

    public function getPriceCents(): int
    {
        return $this->priceCents;
    }

    public function markImported(\DateTimeImmutable $at): void
    {
        $this->importedAt = $at;
    }
}

class PriceHistory
{
    public function __construct(
        private string $id,
        private string $sku,
        private int $priceCents,
        private string $source,
    ) {
    }

    public function getId(): string
    {
        return $this->id;
    }
}
