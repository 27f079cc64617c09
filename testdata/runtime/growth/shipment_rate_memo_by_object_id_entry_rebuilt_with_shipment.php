<?php
// A rate service answers several questions about one shipment during a
// job and keeps the answers by the shipment object's id. An entry found
// under the id is checked against the shipment and built again when the
// id belonged to an earlier one; the rebuilt entry keeps the shipment
// itself, so no shipment is freed, no id is reused, and every job adds
// an entry.

final class Shipment
{
    public function __construct(
        public readonly string $reference,
        public readonly int $grams,
        public readonly string $manifest,
    ) {
    }
}

final class RateService
{
    /** @var array<int, array{shipment: Shipment, rates: array<string, int>}> */
    private array $quotes = [];

    public function rate(Shipment $shipment, string $carrier): int
    {
        $id = spl_object_id($shipment);
        $entry = $this->quotes[$id] ?? null;
        if ($entry === null || $entry['shipment'] !== $shipment) {
            $entry = ['shipment' => $shipment, 'rates' => []];
        }
        if (!isset($entry['rates'][$carrier])) {
            $entry['rates'][$carrier] = 450 + intdiv($shipment->grams, 100) * ($carrier === 'express' ? 35 : 20);
            $this->quotes[$id] = $entry; // leak
        }
        return $entry['rates'][$carrier];
    }
}

$rates = new RateService();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($k = 0; $k < $n; $k++) {
    $shipment = new Shipment(sprintf('SH-%06d', $k), 500 + $k % 900, str_repeat('parcel; ', 80));
    $cheapest = min($rates->rate($shipment, 'standard'), $rates->rate($shipment, 'express'));
    $rates->rate($shipment, 'standard');
}
