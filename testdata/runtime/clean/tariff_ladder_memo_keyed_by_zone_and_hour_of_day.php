<?php
// A charging-station tariff service memoizes the price ladder of each
// zone and hour of the day in a trait static. The key holds the zone
// (an enum case) and the hour the slot starts in (0 to 23), so the memo
// stops at 72 ladders however many slots are priced.

enum Zone: string
{
    case North = 'north';
    case South = 'south';
    case Harbour = 'harbour';
}

final class Slot
{
    public function __construct(public readonly DateTimeImmutable $start)
    {
    }

    public function hourOfDay(): int
    {
        return (int) $this->start->format('G');
    }
}

trait RemembersLadders
{
    private static array $ladders = [];

    private static function remember(string $key, callable $build): array
    {
        if (!isset(self::$ladders[$key])) {
            self::$ladders[$key] = $build();
        }

        return self::$ladders[$key];
    }
}

final class TariffBook
{
    use RemembersLadders;

    public function ladderFor(Zone $zone, Slot $slot): array
    {
        return self::remember($this->key($zone, $slot), fn () => $this->build($zone, $slot->hourOfDay()));
    }

    private function key(Zone $zone, Slot $slot): string
    {
        return "{$zone->value}@h{$slot->hourOfDay()}";
    }

    private function build(Zone $zone, int $hour): array
    {
        $ladder = [];
        for ($step = 0; $step < 12; $step++) {
            $ladder[] = sprintf('%s-%02d-%03d-%s', $zone->value, $hour, $step * 5, str_repeat('kw', 8));
        }

        return $ladder;
    }
}

$book = new TariffBook();
$epoch = new DateTimeImmutable('@1700000000');
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $slot = new Slot($epoch->modify('+' . ($i * 900) . ' seconds'));
    $book->ladderFor(Zone::cases()[$i % 3], $slot);
}
