<?php

declare(strict_types=1);

return [
    'per_page' => 8,
    'filters' => [
        'brand' => function (array $doc, string $brand): bool {
            return strcasecmp($doc['brand'], $brand) === 0 && in_array($this->locale, $doc['locales'], true);
        },
        'max_price' => function (array $doc, string $max): bool {
            return $doc['prices'][$this->currency] <= (int) $max;
        },
    ],
];
