<?php

namespace App\Services;

use App\Support\CatalogueKey;
use Illuminate\Config\Repository;

/**
 * Singleton catalogue service. Listings are memoised in-process so that the
 * landing page's category tabs do not hit the database on every request.
 */
class CourseCatalogue
{
    /** @var array<string, array> */
    private array $resultCache = [];

    public function __construct(
        private CourseRepository $courses,
        private Repository $config,
    ) {
    }

    public function browse(array $query): array
    {
        $key = CatalogueKey::fromQuery($query, $this->config);
        if (!isset($this->resultCache[$key])) {
            $this->resultCache[$key] = $this->load(CatalogueKey::filters($query, $this->config));
        }
        $listing = $this->resultCache[$key];

        // Free-text search narrows the cached listing per request.
        if (($term = trim((string) ($query['q'] ?? ''))) !== '') {
            $listing['data'] = array_values(array_filter(
                $listing['data'],
                static fn (array $row) => stripos($row['title'], $term) !== false || stripos($row['summary'], $term) !== false
            ));
        }

        return $listing;
    }

    private function load(array $filters): array
    {
        $rows = $this->courses->page($filters['category'], $filters['locale'], $filters['page'], $this->config->get('catalogue.per_page', 12));

        return ['data' => $rows, 'meta' => $filters];
    }
}
