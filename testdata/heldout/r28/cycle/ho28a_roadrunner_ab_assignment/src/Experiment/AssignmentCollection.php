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

    public function __construct(private Visitor $owner) // leak
    {
    }

    public function add(Assignment $assignment): void
    {
        $assignment->setVisitor($this->owner); // leak
        $this->items[$assignment->experiment] = $assignment; // leak
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
