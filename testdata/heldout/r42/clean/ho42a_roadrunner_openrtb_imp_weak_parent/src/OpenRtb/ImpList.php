<?php

declare(strict_types=1);

namespace App\OpenRtb;

/**
 * @implements \IteratorAggregate<string, Imp>
 */
final class ImpList implements \IteratorAggregate, \Countable
{
    /** @var array<string, Imp> */
    private array $items = [];

    /** @var \WeakReference<BidRequest> */
    private readonly \WeakReference $owner;

    public function __construct(BidRequest $owner)
    {
        // the list lives inside its request: hold the owner weakly
        $this->owner = \WeakReference::create($owner);
    }

    public function add(Imp $imp): void
    {
        $owner = $this->owner->get() ?? throw new \LogicException('bid request already released');
        $imp->attachTo($owner);
        $this->items[$imp->id] = $imp;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return count($this->items);
    }
}
