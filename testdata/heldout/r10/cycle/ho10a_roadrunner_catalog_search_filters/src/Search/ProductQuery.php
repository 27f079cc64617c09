<?php

declare(strict_types=1);

namespace App\Search;

use Closure;

final class ProductQuery
{
    /** @var array<string, Closure> */
    private array $filters = [];
    private array $hits = [];

    public function __construct(
        private readonly ProductIndex $index,
        private readonly int $tenantId,
        private readonly string $locale,
        private readonly string $currency,
        private readonly array $params,
        array $config,
    ) {
        $this->filters = array_merge($this->filters, $this->defaultFilters(), $this->configuredFilters($config['filters'])); // leak
    }

    public function execute(int $perPage): array
    {
        $docs = $this->index->all();
        foreach ($this->filters as $name => $filter) {
            $value = $this->params[$name] ?? null;
            if ($value === null && !in_array($name, ['tenant', 'in_stock'], true)) {
                continue;
            }
            $docs = array_filter($docs, static fn (array $doc): bool => $filter($doc, (string) $value));
        }

        $this->hits = array_map(fn (array $doc): array => [
            'id' => $doc['id'],
            'title' => $doc['title'],
            'price' => sprintf('%.2f %s', $doc['prices'][$this->currency] / 100, $this->currency),
            'snippet' => sprintf('%s, sold by %s, ships to %s.', $doc['title'], $doc['brand'], strtoupper($this->locale)),
        ], array_slice(array_values($docs), 0, $perPage));

        return $this->hits;
    }

    private function defaultFilters(): array
    {
        return [
            'tenant' => Closure::fromCallable([$this, 'belongsToTenant']), // leak
            'in_stock' => $this->isInStock(...), // leak
        ];
    }

    private function configuredFilters(array $filters): array
    {
        return array_map(fn (Closure $filter): Closure => $filter->bindTo($this, self::class), $filters); // leak
    }

    private function belongsToTenant(array $doc): bool
    {
        return $doc['tenant'] === $this->tenantId;
    }

    private function isInStock(array $doc, string $flag): bool
    {
        return $flag === '0' || $doc['stock'] > 0;
    }
}
