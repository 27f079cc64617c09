<?php

namespace App\Billing;

final class FeatureCollection implements \Countable
{
    /** @var list<Feature> */
    private array $items = [];

    public function __construct(
        private Plan $owner,
    ) {}

    public function add(Feature $feature): void
    {
        $this->items[] = $feature;
        $feature->attachTo($this->owner);
    }

    public function count(): int
    {
        return count($this->items);
    }
}
