<?php

namespace App\Support;

final class VenueLayout
{
    /** @param array<string, array{rows: int, seats: int, tier: string}> $sections */
    public function __construct(private array $sections)
    {
    }

    public function has(string $section): bool
    {
        return isset($this->sections[$section]);
    }

    public function rows(string $section): int
    {
        return $this->sections[$section]['rows'];
    }

    public function seatsPerRow(string $section): int
    {
        return $this->sections[$section]['seats'];
    }

    public function tier(string $section): string
    {
        return $this->sections[$section]['tier'];
    }
}
