<?php

namespace App\Services;

use App\Dto\SearchCriteria;
use App\Support\RecentSearchLog;

final class AvailabilityService
{
    /** @var array<string, array{rooms: int, rate: float}> */
    private array $inventory = [];

    /**
     * @param list<int> $hotelIds  hotels this property group sells, loaded at boot
     * @param list<string> $roomTypes
     */
    public function __construct(
        private readonly array $hotelIds,
        private readonly array $roomTypes,
        private readonly RecentSearchLog $recent,
    ) {
        foreach ($this->hotelIds as $hotelId) {
            foreach ($this->roomTypes as $n => $type) {
                $this->inventory[$this->inventoryKey($hotelId, $type)] = ['rooms' => 4 + $n, 'rate' => 89.0 + 20 * $n];
            }
        }
    }

    public function hotels(): array
    {
        return $this->hotelIds;
    }

    public function roomTypes(): array
    {
        return $this->roomTypes;
    }

    public function search(SearchCriteria $criteria): array
    {
        $slot = $this->inventory[$this->inventoryKey($criteria->hotelId, $criteria->roomType)] ?? null;
        $offers = [];
        if ($slot !== null && $slot['rooms'] > 0) {
            $offers[] = [
                'hotel' => $criteria->hotelId,
                'room' => $criteria->roomType,
                'total' => round($slot['rate'] * max(1, $criteria->nights()), 2),
                'currency' => $criteria->currency,
            ];
        }
        $this->recent->record($criteria, count($offers));

        return ['offers' => $offers, 'recent' => $this->recent->latest()];
    }

    private function inventoryKey(int $hotelId, string $roomType): string
    {
        return $hotelId . '|' . $roomType;
    }
}
