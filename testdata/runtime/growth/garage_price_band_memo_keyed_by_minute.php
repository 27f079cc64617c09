<?php
// A parking garage prices each entry by zone and time band; the band comes
// from a match (true) over the entry's hour, but the memo's key also
// carries the entry's minute: one entry per minute a car comes in.

enum Level: string
{
    case Standard = 'standard';
    case Premium = 'premium';
}

final class PriceBand
{
    public function __construct(public readonly string $zone, public readonly string $band, public readonly float $perHour, public readonly string $notice)
    {
    }
}

trait MemoizesPriceBands
{
    /** @var array<string, PriceBand> */
    private static array $bands = [];

    private function cachedBand(string $key, Closure $resolve): PriceBand
    {
        if (isset(self::$bands[$key])) {
            return self::$bands[$key];
        }
        $band = $resolve();
        self::$bands[$key] = $band; // leak
        return $band;
    }
}

final class GaragePricer
{
    use MemoizesPriceBands;

    private const ZONES = ['P1', 'P2', 'VALET'];

    public function price(string $zone, DateTimeImmutable $enteredAt): PriceBand
    {
        if (!in_array($zone, self::ZONES, true)) {
            $zone = self::ZONES[0];
        }
        $band = self::bandForHour((int) $enteredAt->format('G'));
        $level = $zone === 'VALET' ? Level::Premium : Level::Standard;
        return $this->cachedBand(self::lookupKey($zone, $level, $band . '@' . $enteredAt->format('Y-m-d\TH:i')), fn (): PriceBand => $this->build($zone, $band));
    }

    private static function lookupKey(string $zone, Level $level, string $band): string
    {
        return sprintf('%s/%s/%s', $zone, $level->value, $band);
    }

    private static function bandForHour(int $hour): string
    {
        return match (true) {
            $hour >= 7 && $hour < 10 => 'morning-peak',
            $hour >= 16 && $hour < 19 => 'evening-peak',
            default => 'off-peak',
        };
    }

    private function build(string $zone, string $band): PriceBand
    {
        return new PriceBand($zone, $band, $band === 'off-peak' ? 2.5 : 4.0, str_repeat('Lost tickets are charged the daily maximum. ', 20));
    }
}

final class EntryHandler
{
    public function __construct(private readonly GaragePricer $pricer)
    {
    }

    public function handle(array $entry): array
    {
        $band = $this->pricer->price($entry['zone'], new DateTimeImmutable($entry['at']));
        return ['plate' => $entry['plate'], 'rate' => $band->perHour];
    }
}

final class PsrWorker
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        return ['plate' => sprintf('KA-%05d', $i), 'zone' => ['P1', 'P2', 'VALET'][$i % 3], 'at' => gmdate('Y-m-d\TH:i:s\Z', 1704067200 + $i * 3671)];
    }
}

$handler = new EntryHandler(new GaragePricer());
$worker = new PsrWorker((int) (getenv('PHPLEAK_N') ?: 100));
while (($entry = $worker->waitRequest()) !== null) {
    $handler->handle($entry);
}
