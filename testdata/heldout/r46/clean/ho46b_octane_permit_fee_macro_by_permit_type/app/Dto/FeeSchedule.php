<?php

namespace App\Dto;

use App\Enums\PermitType;

final class PermitApplication
{
    public function __construct(
        public readonly string $number,
        public readonly PermitType $type,
        public readonly int $squareFeet,
        public readonly int $valuationCents,
        public readonly string $parcelId,
    ) {
    }
}

final class FeeSchedule
{
    /** @param list<array{upTo:int, centsPerSqft:int, label:string}> $tiers */
    public function __construct(
        public readonly PermitType $type,
        public readonly int $baseCents,
        public readonly array $tiers,
        public readonly string $ordinanceReference,
        public readonly string $notes,
    ) {
    }
}
