<?php

namespace App\Search;

use Illuminate\Support\Facades\Cache;

class ListingSearchService
{
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
            'facets' => $this->facets($criteria, $matches),
        ];
    }

    private function facets(SearchCriteria $criteria, array $matches): array
    {
        return Cache::remember($this->facetKey($criteria), $this->config['facet_ttl'], fn () => $this->countFacets($matches)); // leak
    }

    private function facetKey(SearchCriteria $criteria): string
    {
        return 'listings:facets:' . sha1(json_encode($criteria->toArray()));
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
