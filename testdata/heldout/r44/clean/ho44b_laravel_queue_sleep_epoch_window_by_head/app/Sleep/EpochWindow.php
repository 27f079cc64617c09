<?php

namespace App\Sleep;

/**
 * Window over the most recent epochs (at most $capacity), oldest first.
 *
 * @implements \IteratorAggregate<int, Epoch>
 */
final class EpochWindow implements \Countable, \IteratorAggregate
{
    /** @var array<int, Epoch> */
    private array $slots = [];
    private int $head = 0;
    private int $written = 0;

    public function __construct(private readonly int $capacity)
    {
    }

    public function push(Epoch $epoch): void
    {
        $this->slots[$this->head] = $epoch;
        $this->written++;
        $this->head = $this->written % $this->capacity;
    }

    public function count(): int
    {
        return min($this->written, $this->capacity);
    }

    public function getIterator(): \Generator
    {
        $size = $this->count();
        $start = $this->written > $this->capacity ? $this->head : 0;
        for ($i = 0; $i < $size; $i++) {
            $slot = ($start + $i) % $this->capacity;
            if (isset($this->slots[$slot])) {
                yield $this->slots[$slot];
            }
        }
    }
}
