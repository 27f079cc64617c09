<?php

namespace App\Catalog;

/**
 * Facade over the product tables; reads are synthesised, writes are counted.
 */
final class ProductCatalog
{
    private int $writes = 0;

    /**
     * @return array<string, scalar>
     */
    public function find(string $sku): array
    {
        $seed = crc32($sku);

        return [
            'name' => 'Product ' . $sku,
            'price' => ($seed % 10000) / 100,
            'stock' => $seed % 50,
            'description' => 'Imported from legacy ERP',
        ];
    }

    /**
     * @param list<FieldChange> $changes
     */
    public function applyChanges(array $changes): void
    {
        $this->writes += \count($changes);
    }

    public function getWrites(): int
    {
        return $this->writes;
    }
}
