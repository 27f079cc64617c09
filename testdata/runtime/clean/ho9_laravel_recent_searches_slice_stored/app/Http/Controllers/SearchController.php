<?php

namespace App\Http\Controllers;

use App\Search\RecentSearches;
use App\Search\SearchEntry;
use Illuminate\Http\Request;

final class SearchController
{
    public function __construct(private RecentSearches $recent) {}

    public function index(Request $request): array
    {
        $term = (string) $request->input('q', '');
        $filters = ['category' => $request->input('category', 'all'), 'sort' => 'relevance', 'facets' => str_repeat('brand,color,size,price,', 12)];
        $sidebar = $this->recent->remember(new SearchEntry($term, $filters, strlen($term) * 3));
        return ['term' => $term, 'recent' => array_map(fn (SearchEntry $e) => $e->term, $sidebar)];
    }
}
