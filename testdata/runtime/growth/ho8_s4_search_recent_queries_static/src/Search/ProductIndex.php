<?php
namespace App\Search;

final class ProductIndex
{
    /** @return list<array{sku: string, title: string}> */
    public function search(string $term, array $filters): array
    {
        $hits = [];
        foreach (range(1, 10) as $rank) {
            $hits[] = ['sku' => 'HP-' . crc32($term . $rank), 'title' => ucfirst($term) . " ({$filters['brand']}) #{$rank}"];
        }
        return $hits;
    }
}
