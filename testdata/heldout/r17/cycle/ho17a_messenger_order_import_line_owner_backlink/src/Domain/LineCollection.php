<?php

declare(strict_types=1);

namespace App\Domain;

/**
 * @implements \IteratorAggregate<int, OrderLine>
 */
final class LineCollection implements \IteratorAggregate, \Countable
{
    /** @var list<OrderLine> */
    private array $items = [];

    public function add(OrderLine $line, Order $owner): void
    {
        $line->assignTo($owner);
        $this->items[] = $line; // leak
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return \count($this->items);
    }
}
