<?php

namespace App;

use Illuminate\Config\Repository;

// One catalogue for the life of the worker: listings are memoised so the
// landing page's tabs do not hit the database on every request.
final class Catalogue
{
    /** @var array<string, array> */
    private array $listings = [];

    public function __construct(private Repository $config)
    {
    }

    public function browse(array $query): array
    {
        $key = ListingKey::of($query, $this->config);
        if (!isset($this->listings[$key])) {
            $this->listings[$key] = $this->load(ListingKey::filters($query, $this->config));
        }

        return $this->listings[$key];
    }

    private function load(array $filters): array
    {
        $rows = [];
        for ($i = 0; $i < 3; $i++) {
            $rows[] = str_repeat("{$filters['category']} course {$i} ({$filters['locale']}) ", 10);
        }

        return ['rows' => $rows, 'page' => $filters['page']];
    }
}
