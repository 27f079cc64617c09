<?php

declare(strict_types=1);

namespace App\Import;

use App\Entity\Product;

final class CsvRowHydrator
{
    private const COLUMNS = ['sku', 'name', 'description', 'price', 'color', 'size', 'brand'];

    public function hydrate(string $line): Product
    {
        $row = array_combine(self::COLUMNS, str_getcsv($line));

        return new Product(
            trim($row['sku']),
            trim($row['name']),
            trim($row['description']),
            (int) round(((float) $row['price']) * 100),
            ['color' => $row['color'], 'size' => $row['size'], 'brand' => $row['brand']],
        );
    }
}
