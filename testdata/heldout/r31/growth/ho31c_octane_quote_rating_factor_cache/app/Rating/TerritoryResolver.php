<?php

namespace App\Rating;

final class TerritoryResolver
{
    /** @param array<string, list<string>> $territories territory code => 3-digit postal prefixes */
    public function __construct(private array $territories)
    {
    }

    public function territoryFor(string $postalCode): string
    {
        $prefix = substr($postalCode, 0, 3);
        foreach ($this->territories as $code => $prefixes) {
            if (in_array($prefix, $prefixes, true)) {
                return $code;
            }
        }

        return 'T99';
    }
}
