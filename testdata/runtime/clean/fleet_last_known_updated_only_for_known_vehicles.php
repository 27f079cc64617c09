<?php
// A telematics gateway keeps the last known position of every vehicle of
// the fleet, loaded at boot. A fix is applied only when the vehicle has
// an entry: the lookup falls back to null and the loop skips the fix
// then, so a fix from an unknown tracker writes nothing new.

final class PositionFix
{
    public function __construct(
        public readonly string $vehicleId,
        public readonly float $lat,
        public readonly float $lng,
        public readonly int $at,
        public readonly string $raw,
    ) {
    }
}

final class LiveFleetMap
{
    /** @var array<string, array{lat: float, lng: float, at: int, raw: string}> */
    private array $lastKnown = [];

    /** @param list<string> $vehicleIds */
    public function __construct(array $vehicleIds)
    {
        foreach ($vehicleIds as $id) {
            $this->lastKnown[$id] = ['lat' => 0.0, 'lng' => 0.0, 'at' => 0, 'raw' => ''];
        }
    }

    /** @param list<PositionFix> $fixes */
    public function apply(array $fixes): int
    {
        $moved = 0;
        foreach ($fixes as $fix) {
            $known = $this->lastKnown[$fix->vehicleId] ?? null;
            if ($known === null || $fix->at <= $known['at']) {
                continue;
            }
            $this->lastKnown[$fix->vehicleId] = ['lat' => $fix->lat, 'lng' => $fix->lng, 'at' => $fix->at, 'raw' => $fix->raw];
            $moved++;
        }

        return $moved;
    }
}

$map = new LiveFleetMap(['VAN-001', 'VAN-002', 'TRK-101', 'TRK-102']);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $vehicle = $i % 2 === 0 ? ['VAN-001', 'VAN-002', 'TRK-101', 'TRK-102'][$i % 4] : sprintf('TRK-%05d', $i);
    $map->apply([new PositionFix($vehicle, 51.3 + $i / 1e5, 12.4 - $i / 1e5, 1_700_000_000 + $i, str_repeat(sprintf('$GPRMC,%s,%d,A*%02X;', $vehicle, $i, $i % 256), 24))]);
}
