<?php

namespace App\Experiment;

/**
 * Owned collection: adding an assignment attaches it to the visitor, the way
 * ORM collections keep the inverse side in sync.
 */
final class AssignmentCollection implements \IteratorAggregate, \Countable
{
    /** @var array<string, Assignment> */
    private array $items = [];

    private \WeakReference $owner;

    public function __construct(Visitor $owner)
    {
        $this->owner = \WeakReference::create($owner);
    }

    public function add(Assignment $assignment): void
    {
        $owner = $this->owner->get();
        if ($owner !== null) {
            $assignment->setVisitor($owner);
        }
        $this->items[$assignment->experiment] = $assignment;
    }

    public function variantOf(string $experiment): ?string
    {
        return isset($this->items[$experiment]) ? $this->items[$experiment]->variant : null;
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
