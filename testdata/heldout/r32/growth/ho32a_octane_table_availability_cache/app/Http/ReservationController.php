<?php

namespace App\Http;

use App\Services\AvailabilityService;

final class ReservationController
{
    /**
     * @param list<int> $restaurantIds
     * @param list<string> $bookableDates the booking window, fixed at boot
     */
    public function __construct(
        private AvailabilityService $availability,
        private array $restaurantIds,
        private array $bookableDates,
    ) {
    }

    /** @param array<string, string> $query */
    public function availability(array $query): array
    {
        $restaurantId = (int) ($query['restaurant'] ?? 0);
        if (!in_array($restaurantId, $this->restaurantIds, true)) {
            return ['status' => 404];
        }
        $partySize = max(1, min(10, (int) ($query['party'] ?? 2)));
        $date = $query['date'] ?? $this->bookableDates[0];
        if (!in_array($date, $this->bookableDates, true)) {
            return ['status' => 422, 'error' => 'date outside booking window'];
        }
        $slots = $this->availability->slotsFor($restaurantId, $date, $partySize, $query['as_of'] ?? '');

        return [
            'status' => 200,
            'restaurant' => $restaurantId,
            'open_slots' => count(array_filter($slots, static fn (array $s) => $s['tables'] > 0)),
        ];
    }
}
