<?php

namespace App\Message;

final class CheckInPet
{
    public function __construct(
        public readonly string $bookingRef,
        public readonly string $kennelCode,
        public readonly string $petName,
        public readonly string $species,
        public readonly string $ownerName,
        public readonly string $careInstructions,
        public readonly int $nights,
    ) {
    }
}
