<?php

namespace Venue\Ticketing;

final class SeatHold
{
    public readonly string $token;

    public function __construct(
        private readonly Basket $basket, // leak
        public readonly string $section,
        public readonly string $seat,
        public readonly int $priceCents,
        public readonly \DateTimeImmutable $expiresAt,
    ) {
        $this->token = hash('sha256', $basket->id . '|' . $section . '|' . $seat);
    }

    public function isExpired(\DateTimeImmutable $now): bool
    {
        return $now >= $this->expiresAt;
    }

    public function label(): string
    {
        return sprintf('%s row %s (held for %s until %s)', $this->section, $this->seat, $this->basket->customerEmail, $this->expiresAt->format('H:i:s'));
    }
}
