<?php

namespace App\Dto;

final class SearchCriteria
{
    public function __construct(
        public readonly int $hotelId,
        public readonly string $roomType,
        public readonly string $checkIn,
        public readonly string $checkOut,
        public readonly int $adults,
        public readonly int $children,
        public readonly string $currency,
        public readonly string $locale,
        public readonly string $searchToken,
        public readonly string $userAgent,
    ) {
    }

    public function nights(): int
    {
        return (int) ((strtotime($this->checkOut) - strtotime($this->checkIn)) / 86400);
    }

    public function summary(): string
    {
        return sprintf('%d/%s %s→%s (%d+%d)', $this->hotelId, $this->roomType, $this->checkIn, $this->checkOut, $this->adults, $this->children);
    }
}
