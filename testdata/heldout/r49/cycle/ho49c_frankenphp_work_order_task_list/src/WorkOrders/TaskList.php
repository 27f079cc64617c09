<?php

namespace App\WorkOrders;

use Countable;
use IteratorAggregate;
use Traversable;

/**
 * Ordered tasks of one work order. Knows its order so that adding a task can
 * enforce the order's crew and renumber the sequence.
 *
 * @implements IteratorAggregate<int, Task>
 */
final class TaskList implements IteratorAggregate, Countable
{
    /** @var list<Task> */
    private array $items = [];

    private WorkOrder $owner;

    public function __construct(WorkOrder $owner)
    {
        $this->owner = $owner; // leak
    }

    public function add(Task $task): void
    {
        if ($task->crew !== $this->owner()->crew && !$this->owner()->allowsSubcontract) {
            throw new \DomainException("Task {$task->code} needs crew {$task->crew}");
        }
        $task->sequence = count($this->items) + 1;
        $this->items[] = $task;
    }

    public function owner(): WorkOrder
    {
        return $this->owner;
    }

    public function totalHours(): float
    {
        return array_sum(array_map(fn (Task $t) => $t->estimatedHours, $this->items));
    }

    public function getIterator(): Traversable
    {
        yield from $this->items;
    }

    public function count(): int
    {
        return count($this->items);
    }
}
