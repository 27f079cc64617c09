<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class SearchController
{
    private const HISTORY_SIZE = 20;

    private static array $history = [];

    public function show(Request $request): string
    {
        $term = trim($request->input('q', ''));
        $facets = $request->input('facets', []);
        $hits = array_map(fn (int $i) => ['id' => $i, 'title' => ucwords($term) . " #{$i}"], range(1, 5));
        self::$history[] = ['term' => $term, 'facets' => $facets, 'hits' => count($hits), 'at' => microtime(true)];
        self::$history = array_slice(self::$history, -self::HISTORY_SIZE);

        return json_encode(['query' => $term, 'hits' => $hits, 'recent' => array_column(array_slice(self::$history, -5), 'term')]);
    }
}
