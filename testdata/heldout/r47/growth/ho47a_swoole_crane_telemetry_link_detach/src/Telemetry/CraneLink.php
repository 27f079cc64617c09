<?php

declare(strict_types=1);

namespace Port\Telemetry;

/**
 * One PLC gateway connection of a ship-to-shore crane. Two links are the
 * same link when they share crane id and socket descriptor.
 */
final class CraneLink
{
    public function __construct(
        public readonly int $fd,
        public readonly string $craneId,
        public readonly string $firmware = '',
        public readonly string $spreader = '',
        public readonly string $userAgent = '',
    ) {}

    public function equals(self $other): bool
    {
        return $this->fd === $other->fd && $this->craneId === $other->craneId;
    }
}
