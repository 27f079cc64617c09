<?php

namespace Trip\Itinerary;

final class Itinerary
{
    /** @var list<Segment> */
    private array $segments = [];

    public function __construct(public readonly string $tripId, public readonly string $currency)
    {
    }

    public function add(Segment $segment): self
    {
        $this->segments[] = $segment;

        return $this;
    }

    /** @return list<Segment> */
    public function segments(): array
    {
        return $this->segments;
    }
}
