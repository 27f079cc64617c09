<?php

declare(strict_types=1);

namespace Port\Gate;

final class SlotHold
{
    public function __construct(
        public readonly string $truckPlate,
        public readonly string $container,
        public readonly string $booking,
        public readonly string $lane,
        public readonly string $window,
        public readonly string $hauliercode,
        public readonly string $haulierName,
        public readonly string $note,
        public readonly string $customsRef,
        public readonly int $heldAt,
        public readonly int $expiresAt,
    ) {}

    public static function fromPayload(array $p, int $now, int $ttl): self
    {
        return new self(
            $p['truck_plate'],
            $p['container'],
            $p['booking'],
            $p['slot']['lane'],
            $p['slot']['window'],
            $p['haulier']['scac'],
            $p['haulier']['name'],
            $p['driver_note'],
            $p['customs_ref'],
            $now,
            $now + $ttl,
        );
    }
}
