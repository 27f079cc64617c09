<?php

namespace Venue\Ticketing;

final class SeatHold
{
    public readonly string $token;

    /** @var \WeakReference<Basket> the basket owns its holds, not the other way round */
    private readonly \WeakReference $basket;

    public function __construct(
        Basket $basket,
        public readonly string $section,
        public readonly string $seat,
        public readonly int $priceCents,
        public readonly \DateTimeImmutable $expiresAt,
    ) {
        $this->basket = \WeakReference::create($basket);
        $this->token = hash('sha256', $basket->id . '|' . $section . '|' . $seat);
    }

    public function isExpired(\DateTimeImmutable $now): bool
    {
        return $now >= $this->expiresAt;
    }

    public function label(): string
    {
        $owner = $this->basket->get()?->customerEmail ?? 'released';

        return sprintf('%s row %s (held for %s until %s)', $this->section, $this->seat, $owner, $this->expiresAt->format('H:i:s'));
    }
}
