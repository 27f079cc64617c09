<?php

namespace App\Pharmacy;

final class FormularyCatalog
{
    /** @var array<string, array{name: string, stock: int, controlled: bool}> */
    private array $items;

    public function __construct(array $formulary)
    {
        $this->items = $formulary;
    }

    public function has(string $sku): bool
    {
        return isset($this->items[$sku]);
    }

    public function describe(string $sku): array
    {
        return $this->items[$sku];
    }

    public function skus(): array
    {
        return array_keys($this->items);
    }
}
