<?php

namespace App\Boarding;

use WeakReference;

class BoardingStay
{
    /** @var WeakReference<Kennel> the kennel owns its stays; the stay only points back */
    private WeakReference $kennel;

    public function __construct(
        Kennel $kennel,
        public readonly string $bookingRef,
        public readonly string $petName,
        public readonly string $careInstructions,
        public readonly int $nights,
    ) {
        $this->kennel = WeakReference::create($kennel);
    }

    public function kennel(): Kennel
    {
        return $this->kennel->get() ?? throw new \LogicException("Kennel of stay {$this->bookingRef} is no longer loaded");
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
