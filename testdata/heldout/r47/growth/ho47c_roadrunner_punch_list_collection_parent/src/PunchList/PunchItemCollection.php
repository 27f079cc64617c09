<?php

namespace App\PunchList;

/** Ordered punch items of one area; items know their list to report their position. */
final class PunchItemCollection implements \Countable
{
    /** @var list<PunchItem> */
    private array $items = [];

    public function __construct(public readonly string $area)
    {
    }

    public function add(PunchItem $item): void
    {
        $item->belongsTo($this);
        $this->items[] = $item; // leak
    }

    public function indexOf(PunchItem $item): int
    {
        $i = array_search($item, $this->items, true);
        return $i === false ? -1 : $i;
    }

    public function count(): int
    {
        return count($this->items);
    }

    /** @return list<PunchItem> */
    public function latest(int $n): array
    {
        return array_slice($this->items, -$n);
    }
}
