<?php
// A warehouse dock board remembers the last booking of each dock door.
// The door comes from the request, but a door outside 1..doors (the
// number of doors, set when the board is made) is refused before it is
// written: the board holds at most one entry per door.

final class DockBoard
{
    /** @var array<int, array{carrier: string, slot: int, note: string}> */
    private array $lastByDoor = [];

    public function __construct(private int $doors)
    {
    }

    public function book(int $door, string $carrier, int $slot, string $note): void
    {
        if ($door < 1 || $door > $this->doors) {
            throw new InvalidArgumentException("no dock door $door");
        }
        $this->lastByDoor[$door] = ['carrier' => $carrier, 'slot' => $slot, 'note' => $note];
    }
}

$board = new DockBoard(12);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = json_decode(json_encode(['door' => 1 + $i * 7 % 40, 'carrier' => 'CAR' . ($i % 9), 'slot' => 1_700_000_000 + $i * 900]), true);
    try {
        $board->book($request['door'], $request['carrier'], $request['slot'], str_repeat('pallets ', 30));
    } catch (InvalidArgumentException) {
        // refused: the client is told which doors exist
    }
}
