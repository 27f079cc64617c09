<?php

namespace App\Search;

use Illuminate\Support\Facades\Cache;

class ListingSearchService
{
    private const MAX_BEDS_FACET = 5;

    public function __construct(private ListingIndex $index, private array $config)
    {
    }

    public function search(SearchCriteria $criteria): array
    {
        $pool = in_array($criteria->market, $this->config['markets'], true)
            ? $this->index->inMarket($criteria->market)
            : $this->index->all();

        $matches = array_values(array_filter($pool, fn (array $l) => $l['beds'] >= $criteria->minBeds
            && $l['price'] >= $criteria->minPrice
            && $l['price'] <= $criteria->maxPrice));

        return [
            'total' => count($matches),
            'results' => array_slice($matches, ($criteria->page - 1) * $this->config['page_size'], $this->config['page_size']),
            'facets' => $this->facets($criteria, $pool),
        ];
    }

    private function facets(SearchCriteria $criteria, array $pool): array
    {
        $beds = min($criteria->minBeds, self::MAX_BEDS_FACET);

        return Cache::remember($this->facetKey($criteria), $this->config['facet_ttl'], fn () => $this->countFacets(
            array_filter($pool, fn (array $l) => $l['beds'] >= $beds),
        ));
    }

    private function facetKey(SearchCriteria $criteria): string
    {
        $market = in_array($criteria->market, $this->config['markets'], true) ? $criteria->market : 'all';

        return sprintf('listings:facets:%s:%d', $market, min($criteria->minBeds, self::MAX_BEDS_FACET));
    }

    private function countFacets(array $listings): array
    {
        $facets = ['type' => [], 'beds' => [], 'amenities' => [], 'price_band' => []];
        foreach ($listings as $l) {
            $facets['type'][$l['type']] = ($facets['type'][$l['type']] ?? 0) + 1;
            $facets['beds'][$l['beds'] . '+'] = ($facets['beds'][$l['beds'] . '+'] ?? 0) + 1;
            foreach ($l['amenities'] as $a) {
                $facets['amenities'][$a] = ($facets['amenities'][$a] ?? 0) + 1;
            }
            $band = sprintf('%dk-%dk', intdiv($l['price'], 100000) * 100, intdiv($l['price'], 100000) * 100 + 100);
            $facets['price_band'][$band] = ($facets['price_band'][$band] ?? 0) + 1;
        }
        $facets['generated_at'] = date(DATE_ATOM);
        return $facets;
    }
}
