<?php

namespace App\Models;

/** @implements \IteratorAggregate<int, Ticket> */
final class TicketBundle implements \IteratorAggregate, \Countable
{
    /** @var list<Ticket> */
    private array $items = [];

    public function push(Ticket $ticket): void
    {
        $this->items[] = $ticket; // leak
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return count($this->items);
    }

    public function sum(callable $value): int
    {
        return array_sum(array_map($value, $this->items));
    }
}
