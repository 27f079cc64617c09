<?php

namespace App\Domain;

class RoomStay
{
    /** @var \WeakReference<Reservation>|null */
    private ?\WeakReference $reservation = null;

    public function __construct(
        private readonly string $roomTypeCode,
        private readonly string $ratePlanCode,
        private readonly string $startDate,
        private readonly int $nights,
        private readonly int $amountCents,
    ) {
    }

    public function setReservation(Reservation $reservation): void
    {
        $this->reservation = \WeakReference::create($reservation);
    }

    public function getReservation(): ?Reservation
    {
        return $this->reservation?->get();
    }

    public function getRoomTypeCode(): string
    {
        return $this->roomTypeCode;
    }

    public function getStart(): \DateTimeImmutable
    {
        return new \DateTimeImmutable($this->startDate);
    }

    public function getNights(): int
    {
        return $this->nights;
    }

    public function netAmountCents(array $commissionByChannel): int
    {
        $channel = $this->getReservation()?->getChannel() ?? 'DIRECT';
        $rate = $commissionByChannel[$channel] ?? 0.0;

        return (int) round($this->amountCents * (1 - $rate));
    }
}
