<?php

namespace App\Housekeeping;

final class RoomBoard
{
    /** @var array<string, array{status: string, attendant: string, flags: list<string>}> */
    private array $rooms = [];

    /** @param list<string> $roomNumbers the property's inventory, loaded at boot */
    public function __construct(array $roomNumbers)
    {
        foreach ($roomNumbers as $number) {
            $this->rooms[$number] = ['status' => 'vacant-dirty', 'attendant' => '', 'flags' => []];
        }
    }

    public function has(string $room): bool
    {
        return isset($this->rooms[$room]);
    }

    public function flags(string $room): array
    {
        return $this->rooms[$room]['flags'];
    }

    public function setFlags(string $room, array $flags): void
    {
        $this->rooms[$room]['flags'] = $flags;
    }

    public function markClean(string $room, string $attendant): void
    {
        $this->rooms[$room]['status'] = 'vacant-clean';
        $this->rooms[$room]['attendant'] = $attendant;
    }
}
