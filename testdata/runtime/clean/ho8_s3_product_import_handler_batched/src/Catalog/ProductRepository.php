<?php
namespace App\Catalog;

use App\Message\ImportProductRow;

final class ProductRepository
{
    private int $writes = 0;

    /** @param list<ImportProductRow> $rows */
    public function upsertMany(array $rows): void
    {
        $this->writes += \count($rows);
    }
}
