<?php

declare(strict_types=1);

namespace Garage\Parking;

final class Visit
{
    public function __construct(
        public readonly string $plate,
        public readonly string $gate,
        public readonly float $enteredAt,
        public readonly string $photo,
    ) {
    }
}
