<?php
// A channel manager pushes availability to booking channels. A helper
// compares each update with the last one pushed and hands back either
// nothing or a delta keyed by channel, room type and update: the
// snapshot gains an entry per update pushed.

final class InventorySnapshot
{
    private const CHANNELS = ['booking', 'expedia', 'airbnb'];
    private const ROOMS = ['single', 'double', 'suite', 'family'];

    /** @var array<string, array{allotment: int, note: string}> */
    private array $lastPushed = [];

    public function push(int $update, string $note): void
    {
        $delta = $this->diff(self::CHANNELS[$update % 3], self::ROOMS[$update % 4], 10 + $update % 5, $note);
        if ($delta === []) {
            return;
        }
        $this->lastPushed[$delta['key']] = ['allotment' => $delta['allotment'], 'note' => $delta['note']]; // leak
    }

    /** @return array{key?: string, allotment?: int, note?: string} */
    private function diff(string $channel, string $room, int $allotment, string $note): array
    {
        $key = $channel . '|' . $room . '|' . md5($note);
        $same = ($this->lastPushed[$key]['allotment'] ?? null) === $allotment;

        return $same ? [] : ['key' => $key, 'allotment' => $allotment, 'note' => $note];
    }
}

$snapshot = new InventorySnapshot();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $snapshot->push($i, str_repeat('stop-sell lifted; ', 10) . $i);
}
