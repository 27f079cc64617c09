<?php

namespace Trip\Pricing;

use Trip\Itinerary\Segment;

final class QuoteMemo
{
    public function __construct(
        public readonly Segment $segment,
        public readonly Quote $quote,
    ) {
    }

    public function isFor(Segment $segment): bool
    {
        return $this->segment === $segment;
    }
}
