<?php

declare(strict_types=1);

namespace App\Entity;

class Product
{
    private int $id;

    private string $sku;

    private string $name;

    private string $description;

    private int $stock;

    private string $warehouse;

    private string $updatedAt;

    public function getId(): int
    {
        return $this->id;
    }

    public function getSku(): string
    {
        return $this->sku;
    }

    public function getStock(): int
    {
        return $this->stock;
    }

    public function adjustStock(int $delta, string $at): void
    {
        $this->stock = max(0, $this->stock + $delta);
        $this->updatedAt = $at;
    }

    public function getWarehouse(): string
    {
        return $this->warehouse;
    }
}
