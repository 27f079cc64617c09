<?php

namespace Venue\Ticketing;

final class SeatHoldService
{
    /** @param array<string, int> $sectionPrices */
    public function __construct(
        private readonly array $sectionPrices,
        private readonly int $holdSeconds,
    ) {
    }

    /**
     * @param list<array{section: string, seat: string}> $seats
     */
    public function holdSeats(string $basketId, string $eventCode, string $email, array $seats, \DateTimeImmutable $now): Basket
    {
        $basket = new Basket($basketId, $eventCode, $email);
        $until = $now->modify('+' . $this->holdSeconds . ' seconds');

        foreach ($seats as $wanted) {
            $price = $this->sectionPrices[$wanted['section']] ?? null;
            if ($price === null) {
                continue;
            }
            $basket->hold($wanted['section'], $wanted['seat'], $price, $until);
        }

        return $basket;
    }
}
