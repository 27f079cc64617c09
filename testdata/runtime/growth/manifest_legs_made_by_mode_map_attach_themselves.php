<?php

// Freight consolidation worker. The manifest is reached through a static
// accessor, so one instance serves every booking the worker processes.
// Each booking row becomes a typed shipment leg (road, rail, sea, air)
// picked from a constant map; the leg's constructor attaches itself to the
// manifest so the day's carbon report can walk every leg. The booking job
// forgets its legs when it finishes, but the manifest still holds them.

declare(strict_types=1);

abstract class ShipmentLeg
{
    public const MODE = 'unknown';
    protected const GRAMS_CO2_PER_TONNE_KM = 0;

    public readonly string $reference;
    public readonly string $origin;
    public readonly string $destination;
    public readonly float $tonnes;
    public readonly float $kilometres;
    public readonly string $handlingNotes;

    public function __construct(protected FreightManifest $manifest, array $booking)
    {
        $this->reference = $booking['consignment'] . '-L' . $booking['leg'];
        $this->origin = $booking['from'];
        $this->destination = $booking['to'];
        $this->tonnes = (float) $booking['tonnes'];
        $this->kilometres = (float) $booking['km'];
        $this->handlingNotes = $booking['notes'];
        $manifest->attachLeg($this);
    }

    public function co2Grams(): int
    {
        return (int) round($this->tonnes * $this->kilometres * static::GRAMS_CO2_PER_TONNE_KM);
    }
}

final class RoadLeg extends ShipmentLeg
{
    public const MODE = 'ROAD';
    protected const GRAMS_CO2_PER_TONNE_KM = 62;
}

final class RailLeg extends ShipmentLeg
{
    public const MODE = 'RAIL';
    protected const GRAMS_CO2_PER_TONNE_KM = 22;
}

final class SeaLeg extends ShipmentLeg
{
    public const MODE = 'SEA';
    protected const GRAMS_CO2_PER_TONNE_KM = 8;
}

final class AirLeg extends ShipmentLeg
{
    public const MODE = 'AIR';
    protected const GRAMS_CO2_PER_TONNE_KM = 602;
}

final class FreightManifest
{
    private const MODES = [
        'ROAD' => RoadLeg::class,
        'RAIL' => RailLeg::class,
        'SEA' => SeaLeg::class,
        'AIR' => AirLeg::class,
    ];

    private static ?self $shared = null;

    /** @var array<string, ShipmentLeg> */
    private array $legs = [];

    public static function shared(): self
    {
        return self::$shared ??= new self();
    }

    public function book(array $booking): ShipmentLeg
    {
        $class = self::MODES[$booking['mode']] ?? throw new \InvalidArgumentException("unsupported transport mode {$booking['mode']}");

        return new $class($this, $booking);
    }

    public function attachLeg(ShipmentLeg $leg): void
    {
        $this->legs[$leg->reference] = $leg; // leak
    }

    public function dailyCo2Grams(): int
    {
        $grams = 0;
        foreach ($this->legs as $leg) {
            $grams += $leg->co2Grams();
        }

        return $grams;
    }
}

final class ConsolidateBookingJob
{
    public function __construct(private readonly string $consignment, private readonly array $legs)
    {
    }

    public function handle(): int
    {
        $grams = 0;
        foreach ($this->legs as $i => $booking) {
            $leg = FreightManifest::shared()->book($booking + ['consignment' => $this->consignment, 'leg' => $i + 1]);
            $grams += $leg->co2Grams();
        }

        return $grams;
    }
}

$modes = ['ROAD', 'RAIL', 'SEA', 'AIR'];
$ports = ['AUMEL', 'AUSYD', 'SGSIN', 'CNSHA', 'NZAKL', 'USLAX'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new ConsolidateBookingJob(sprintf('CN%08d', 7100000 + $i), [
        [
            'mode' => $modes[$i % 4],
            'from' => $ports[$i % 6],
            'to' => $ports[($i + 1) % 6],
            'tonnes' => 3.5 + $i % 20,
            'km' => 420 + $i % 900,
            'notes' => sprintf('Consignment %d: %d pallets, stackable to %d high, tail-lift required at delivery dock %d; call receiver 30 min before arrival, ref PO-%06d.', $i, 4 + $i % 16, 1 + $i % 3, 1 + $i % 8, 300000 + $i),
        ],
        [
            'mode' => $modes[($i + 1) % 4],
            'from' => $ports[($i + 1) % 6],
            'to' => $ports[($i + 3) % 6],
            'tonnes' => 3.5 + $i % 20,
            'km' => 1800 + $i % 5000,
            'notes' => sprintf('Transhipment %d via hub %s, container TGHU%07d, seal %d, customs entry lodged.', $i, $ports[($i + 2) % 6], 4000000 + $i, 880000 + $i),
        ],
    ]);
    $job->handle();
}
