<?php

declare(strict_types=1);

namespace Warehouse\Inventory;

// Keeps the reservations a worker has opened so that a shutdown hook or a
// stuck-job monitor can release whatever is still pending.
final class ReservationTracker implements \Countable
{
    private \SplObjectStorage $open;

    public function __construct()
    {
        $this->open = new \SplObjectStorage();
    }

    public function track(Reservation $reservation, array $context): void
    {
        $this->open->attach($reservation, $context); // leak
    }

    public function untrack(Reservation $reservation): void
    {
        if ($this->open->contains($reservation)) {
            $this->open->detach($reservation);
        }
    }

    public function pending(): iterable
    {
        foreach ($this->open as $reservation) {
            if ($reservation->state === Reservation::PENDING) {
                yield $reservation => $this->open[$reservation];
            }
        }
    }

    public function count(): int
    {
        return $this->open->count();
    }
}
