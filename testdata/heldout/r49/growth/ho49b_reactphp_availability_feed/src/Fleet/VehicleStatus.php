<?php
namespace Rental\Fleet;

final class VehicleStatus
{
    public function __construct(
        public readonly string $plate,
        public readonly string $branch,
        public readonly string $classCode,
        public readonly string $state,
        public readonly int $eventId,
    ) {
    }
}
