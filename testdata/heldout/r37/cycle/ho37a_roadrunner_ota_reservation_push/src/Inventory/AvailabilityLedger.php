<?php

namespace App\Inventory;

use App\Domain\Reservation;

/**
 * Keeps the rooms sold today per room type of the properties this worker
 * serves, so the next ARI push to the other channels can close out.
 */
final class AvailabilityLedger
{
    /** @var array<string, int> room type => room nights sold */
    private array $sold;

    public function __construct(array $roomTypes)
    {
        $this->sold = array_fill_keys($roomTypes, 0);
    }

    public function book(Reservation $reservation): array
    {
        $touched = [];
        foreach ($reservation->getRoomStays() as $stay) {
            $type = $stay->getRoomTypeCode();
            if (!array_key_exists($type, $this->sold)) {
                continue;
            }
            $this->sold[$type] += $stay->getNights();
            $touched[] = $type;
        }

        return $touched;
    }
}
