<?php

declare(strict_types=1);

namespace App\Ledger;

/** @implements \IteratorAggregate<int, JournalLine> */
final class LineCollection implements \IteratorAggregate, \Countable
{
    /** @var list<JournalLine> */
    private array $items = [];

    public function add(JournalLine $line): void
    {
        $this->items[] = $line;
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
