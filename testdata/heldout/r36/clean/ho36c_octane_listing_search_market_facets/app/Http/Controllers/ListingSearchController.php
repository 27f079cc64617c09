<?php

namespace App\Http\Controllers;

use App\Search\ListingSearchService;
use App\Search\SearchCriteria;
use Illuminate\Http\Request;

class ListingSearchController
{
    public function __construct(private ListingSearchService $search)
    {
    }

    public function __invoke(Request $request): array
    {
        $criteria = SearchCriteria::fromRequest($request);
        $result = $this->search->search($criteria);

        return [
            'data' => array_map(fn (array $l) => [
                'id' => $l['id'],
                'headline' => $l['headline'],
                'price' => number_format($l['price']),
            ], $result['results']),
            'meta' => ['total' => $result['total'], 'page' => $criteria->page],
            'facets' => $result['facets'],
        ];
    }
}
