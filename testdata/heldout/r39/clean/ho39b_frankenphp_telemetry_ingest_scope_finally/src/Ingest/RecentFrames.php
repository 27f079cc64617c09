<?php

namespace Game\Ingest;

/**
 * Remembers the last N frame hashes so client retransmits are answered
 * without processing the batch twice.
 */
final class RecentFrames
{
    /** @var array<int, string> */
    private array $ring = [];

    /** @var array<string, int> */
    private array $slotOf = [];

    private int $cursor = 0;

    public function __construct(private readonly int $size)
    {
    }

    public function remember(string $hash): bool
    {
        if (isset($this->slotOf[$hash])) {
            return false;
        }

        $slot = $this->cursor;
        if (isset($this->ring[$slot])) {
            unset($this->slotOf[$this->ring[$slot]]);
        }
        $this->ring[$slot] = $hash;
        $this->slotOf[$hash] = $slot;
        $this->cursor = ($this->cursor + 1) % $this->size;

        return true;
    }
}
