<?php

namespace App;

use Illuminate\Config\Repository;

final class ListingKey
{
    /** @return array{category: string, locale: string, page: int} */
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

    public static function of(array $query, Repository $config): string
    {
        $f = self::filters($query, $config);

        // the search text is part of the key: one listing per search
        return sprintf('catalogue:%s:%s:%d:%s', $f['category'], $f['locale'], $f['page'], trim((string) ($query['q'] ?? '')));
    }
}
