<?php

declare(strict_types=1);

namespace App\Geocoding;

final class AddressNormalizer
{
    private const ABBREVIATIONS = ['str.' => 'strasse', 'str' => 'strasse', 'pl.' => 'platz', 'st.' => 'sankt'];

    public function normalize(string $raw, string $country): ?NormalizedAddress
    {
        // "<street> <no>, <postcode> <city>"
        if (!preg_match('/^\s*(.+?)\s+(\d+)[a-z]?\s*,\s*(\d{5})\s+(.+?)\s*$/iu', $raw, $m)) {
            return null;
        }
        $street = strtr(strtolower($m[1]), self::ABBREVIATIONS);
        $city = strtolower($m[4]);
        $tokens = array_values(array_filter(preg_split('/[\s,\-]+/u', "$street {$m[2]} {$m[3]} $city") ?: []));

        return new NormalizedAddress(implode(' ', $tokens), $tokens, (int) $m[2], $street, $m[3], $city, strtoupper($country));
    }
}
