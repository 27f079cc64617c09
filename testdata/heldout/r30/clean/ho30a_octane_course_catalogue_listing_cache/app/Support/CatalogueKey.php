<?php

namespace App\Support;

use Illuminate\Config\Repository;

final class CatalogueKey
{
    /**
     * Builds the memo key for a catalogue listing from the filters the
     * listing depends on; anything else in the query string (tracking
     * parameters, cache busters) does not change the listing.
     */
    public static function fromQuery(array $query, Repository $config): string
    {
        $filters = self::filters($query, $config);

        return sprintf('catalogue:%s:%s:%d', $filters['category'], $filters['locale'], $filters['page']);
    }

    /**
     * @return array{category: string, locale: string, page: int}
     */
    public static function filters(array $query, Repository $config): array
    {
        $category = strtolower(trim((string) ($query['category'] ?? '')));
        $locale = strtolower(trim((string) ($query['locale'] ?? '')));

        return [
            'category' => in_array($category, $config->get('catalogue.categories', []), true) ? $category : 'all',
            'locale' => in_array($locale, $config->get('catalogue.locales', []), true) ? $locale : 'en',
            'page' => min(max(1, (int) ($query['page'] ?? 1)), (int) $config->get('catalogue.max_page', 1)),
        ];
    }
}
