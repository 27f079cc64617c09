<?php

declare(strict_types=1);

return [
    'per_page' => 8,
    'filters' => [
        'brand' => static function (array $doc, string $brand, App\Search\ProductQuery $query): bool {
            return strcasecmp($doc['brand'], $brand) === 0 && in_array($query->locale, $doc['locales'], true);
        },
        'max_price' => static function (array $doc, string $max, App\Search\ProductQuery $query): bool {
            return $doc['prices'][$query->currency] <= (int) $max;
        },
    ],
];
