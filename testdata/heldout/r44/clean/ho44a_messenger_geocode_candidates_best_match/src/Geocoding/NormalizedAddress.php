<?php

declare(strict_types=1);

namespace App\Geocoding;

final class NormalizedAddress
{
    /** @param list<string> $tokens */
    public function __construct(
        public readonly string $text,
        public readonly array $tokens,
        public readonly int $houseNumber,
        public readonly string $street,
        public readonly string $postcode,
        public readonly string $city,
        public readonly string $country,
    ) {
    }

    public function fingerprint(): string
    {
        return hash('xxh128', $this->country . '|' . $this->text);
    }
}
