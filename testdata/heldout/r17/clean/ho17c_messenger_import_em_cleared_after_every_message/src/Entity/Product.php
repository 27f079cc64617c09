<?php

declare(strict_types=1);

namespace App\Entity;

class Product
{
    private ?int $id = null;

    public function __construct(
        private string $sku,
        private string $name,
        private string $description,
        private int $priceCents,
        private string $currency,
        private array $attributes = [],
        private ?\DateTimeImmutable $importedAt = null,
    ) {
    }

    public function assignId(int $id): void
    {
        $this->id ??= $id;
    }

    public function getId(): ?int
    {
        return $this->id;
    }

    public function getSku(): string
    {
        return $this->sku;
    }
}
