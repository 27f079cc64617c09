<?php

namespace App\Search;

final class QueryProfiler
{
    private array $queries = [];

    public function record(string $query, int $tookMs, int $hits): void
    {
        $this->queries[] = ['query' => $query, 'took_ms' => $tookMs, 'hits' => $hits];
    }

    public function reset(): void
    {
        $this->queries = [];
    }
}

final class SearchClient
{
    private ?string $scrollId = null;

    public function __construct(private string $endpoint, private QueryProfiler $profiler) {}

    public function search(string $terms): array
    {
        $body = json_encode([
            'query' => ['multi_match' => ['query' => $terms, 'fields' => ['title^3', 'description', 'brand', 'sku']]],
            'aggs' => ['brand' => ['terms' => ['field' => 'brand.keyword']], 'price' => ['histogram' => ['field' => 'price', 'interval' => 25]]],
            'size' => 24,
        ]);
        $this->scrollId = md5($body);
        $this->profiler->record($body, 12, 24);
        return ['hits' => 24, 'scroll' => $this->scrollId];
    }

    public function reset(): void
    {
        $this->scrollId = null;
    }
}
