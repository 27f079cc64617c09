<?php

namespace App\Boarding;

class BoardingStay
{
    public function __construct(
        private Kennel $kennel, // leak
        public readonly string $bookingRef,
        public readonly string $petName,
        public readonly string $careInstructions,
        public readonly int $nights,
    ) {
    }

    public function kennel(): Kennel
    {
        return $this->kennel;
    }

    public function summary(): string
    {
        $kennel = $this->kennel();
        return sprintf(
            '%s checked into %s (%s%s, %d/%d occupied) for %d nights. Care: %s',
            $this->petName,
            $kennel->code,
            $kennel->size,
            $kennel->heated ? ', heated' : '',
            $kennel->occupancy(),
            $kennel->capacity,
            $this->nights,
            $this->careInstructions,
        );
    }
}
