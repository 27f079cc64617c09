<?php

namespace App\PunchList;

/**
 * The most recent punch items of one area (the board only shows a window;
 * the full register lives in the database). Items know their list to report
 * their position; an item pushed out of the window is released.
 */
final class PunchItemCollection implements \Countable
{
    /** @var list<PunchItem> */
    private array $items = [];

    public function __construct(public readonly string $area, private int $window)
    {
    }

    public function add(PunchItem $item): void
    {
        $item->belongsTo($this);
        $this->items[] = $item;
        while (count($this->items) > $this->window) {
            array_shift($this->items)->release();
        }
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
