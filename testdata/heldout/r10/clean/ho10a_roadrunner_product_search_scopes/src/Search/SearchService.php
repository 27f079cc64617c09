<?php

declare(strict_types=1);

namespace App\Search;

final class SearchService
{
    public function __construct(private ProductIndex $index, private array $config)
    {
    }

    public function newQuery(int $tenantId, string $locale, string $currency, array $params): ProductQuery
    {
        return new ProductQuery($this->index, $tenantId, $locale, $currency, $params, $this->config);
    }

    public function perPage(): int
    {
        return $this->config['per_page'];
    }
}
