<?php

namespace App\Message;

final class AwardStayPoints
{
    public function __construct(
        public readonly string $memberNumber,
        public readonly string $folioId,
        public readonly int $nights,
        public readonly float $roomRevenue,
        public readonly string $propertyCode,
    ) {
    }
}
