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
        $key = CatalogueKey::fromQuery($query);
        if (!isset($this->resultCache[$key])) {
            $this->resultCache[$key] = $this->load($query); // leak
        }

        return $this->resultCache[$key];
    }

    private function load(array $query): array
    {
        $category = $query['category'] ?? 'all';
        $locale = $query['locale'] ?? 'en';
        $page = max(1, (int) ($query['page'] ?? 1));

        $rows = $this->courses->page($category, $locale, $page, $this->config->get('catalogue.per_page', 12));
        if (($term = trim((string) ($query['q'] ?? ''))) !== '') {
            $rows = array_values(array_filter(
                $rows,
                static fn (array $row) => stripos($row['title'], $term) !== false || stripos($row['summary'], $term) !== false
            ));
        }

        return ['data' => $rows, 'meta' => ['page' => $page, 'category' => $category, 'locale' => $locale]];
    }
}
