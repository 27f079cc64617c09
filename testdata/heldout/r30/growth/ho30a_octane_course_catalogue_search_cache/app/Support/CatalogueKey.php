<?php

namespace App\Support;

final class CatalogueKey
{
    /**
     * Builds the memo key for a catalogue listing from the request's query
     * string, sorted so that ?a=1&b=2 and ?b=2&a=1 share an entry.
     */
    public static function fromQuery(array $query): string
    {
        $normalized = array_map(
            static fn ($value) => is_string($value) ? strtolower(trim($value)) : $value,
            $query
        );
        ksort($normalized);

        return 'catalogue:' . md5(http_build_query($normalized));
    }
}
