<?php
// A dispatch worker splits each order into parcels. A factory picks the
// parcel class from a constant map by the parcel's type and makes it with
// `new $class($shipment, …)`; every parcel class keeps its shipment, and
// the shipment keeps its parcels: a cycle per order that only the cycle
// collector frees.

abstract class Parcel
{
    public function __construct(protected Shipment $shipment, protected int $grams) // leak
    {
    }

    abstract public function label(): string;
}

final class BoxParcel extends Parcel
{
    public function label(): string
    {
        return 'BOX ' . $this->shipment->reference . ' ' . $this->grams . 'g';
    }
}

final class EnvelopeParcel extends Parcel
{
    public function __construct(Shipment $shipment, int $grams, private bool $signed = false)
    {
        parent::__construct($shipment, $grams);
    }

    public function label(): string
    {
        return ($this->signed ? 'SIGNED ' : '') . 'ENV ' . $this->shipment->reference;
    }
}

final class ParcelFactory
{
    private const TYPES = ['box' => BoxParcel::class, 'envelope' => EnvelopeParcel::class];

    public function make(string $type, Shipment $shipment, int $grams): Parcel
    {
        $class = self::TYPES[$type];

        return new $class($shipment, $grams);
    }
}

final class Shipment
{
    /** @var list<Parcel> */
    private array $parcels = [];

    public function __construct(public readonly string $reference, private ParcelFactory $factory)
    {
    }

    public function add(string $type, int $grams): Parcel
    {
        $parcel = $this->factory->make($type, $this, $grams);
        $this->parcels[] = $parcel; // leak

        return $parcel;
    }

    public function labels(): array
    {
        return array_map(fn (Parcel $p): string => $p->label(), $this->parcels);
    }
}

$factory = new ParcelFactory();
$printed = 0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $shipment = new Shipment(sprintf('SHP-%08d-%s', 5000000 + $i, str_repeat('r', 40)), $factory);
    $shipment->add('box', 1200 + $i % 500);
    $shipment->add($i % 2 ? 'envelope' : 'box', 80 + $i % 40);
    $printed += count($shipment->labels());
}
