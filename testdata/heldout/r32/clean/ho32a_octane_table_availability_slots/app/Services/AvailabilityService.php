<?php

namespace App\Services;

use Octane\Support\Cache;

final class AvailabilityService
{
    private const SLOT_MINUTES = 15;

    /** @param array<int, array{name: string, opens: string, closes: string, covers: int}> $restaurants */
    public function __construct(private array $restaurants)
    {
    }

    /**
     * @return list<array{time: string, tables: int, label: string}>
     */
    public function slotsFor(int $restaurantId, string $date, int $partySize, string $requestedAt): array
    {
        return Cache::remember(
            $this->slotKey($restaurantId, $date, $partySize),
            300,
            fn () => $this->computeSlots($restaurantId, $date, $partySize)
        );
    }

    private function slotKey(int $restaurantId, string $date, int $partySize): string
    {
        // The client's "as of" time only drives the widget's staleness
        // banner; the five-minute TTL already bounds how fresh slots are.
        return sprintf('availability:%d:%s:%d', $restaurantId, $date, $partySize);
    }

    private function computeSlots(int $restaurantId, string $date, int $partySize): array
    {
        $venue = $this->restaurants[$restaurantId];
        $open = strtotime("$date {$venue['opens']}");
        $close = strtotime("$date {$venue['closes']}");
        $slots = [];
        for ($t = $open; $t < $close; $t += self::SLOT_MINUTES * 60) {
            $free = max(0, intdiv($venue['covers'] - ($t / 60) % 37, max(1, $partySize)));
            $slots[] = [
                'time' => date('H:i', $t),
                'tables' => $free,
                'label' => sprintf('%s at %s for %d', $venue['name'], date('H:i', $t), $partySize),
            ];
        }
        return $slots;
    }
}
