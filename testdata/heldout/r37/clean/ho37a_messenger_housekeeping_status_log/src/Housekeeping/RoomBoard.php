<?php

namespace App\Housekeeping;

/** Current status of every room of the property, loaded at boot. */
final class RoomBoard
{
    /** @var array<string, string> */
    private array $status;

    /** @param list<string> $rooms */
    public function __construct(array $rooms)
    {
        $this->status = array_fill_keys($rooms, 'dirty');
    }

    public function rooms(): array
    {
        return array_keys($this->status);
    }

    public function move(string $room, string $to): bool
    {
        if (!isset($this->status[$room]) || $this->status[$room] === $to) {
            return false;
        }
        $this->status[$room] = $to;

        return true;
    }
}
