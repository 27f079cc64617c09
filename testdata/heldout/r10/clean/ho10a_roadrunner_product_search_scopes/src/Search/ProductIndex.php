<?php

declare(strict_types=1);

namespace App\Search;

final class ProductIndex
{
    private array $documents = [];

    public function __construct()
    {
        $brands = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'];
        for ($id = 1; $id <= 120; $id++) {
            $this->documents[$id] = [
                'id' => $id,
                'tenant' => $id % 3,
                'title' => sprintf('%s widget model %d', $brands[$id % 5], $id),
                'brand' => $brands[$id % 5],
                'stock' => $id % 4 === 0 ? 0 : $id * 3,
                'locales' => $id % 2 ? ['en', 'de'] : ['en'],
                'prices' => ['EUR' => 500 + $id * 37, 'USD' => 550 + $id * 40],
            ];
        }
    }

    public function all(): array
    {
        return $this->documents;
    }
}
