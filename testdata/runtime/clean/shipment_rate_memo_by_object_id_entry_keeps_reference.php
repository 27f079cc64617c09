<?php
// A rate service answers several questions about one shipment during a
// job and keeps the answers by the shipment object's id. An entry found
// under the id is checked against the shipment's reference and built
// again when the id belonged to an earlier one; the entry keeps only the
// reference, so each shipment is freed after its job, its id is reused
// by the next one, and the map keeps one entry.

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
    /** @var array<int, array{reference: string, rates: array<string, int>}> */
    private array $quotes = [];

    public function rate(Shipment $shipment, string $carrier): int
    {
        $id = spl_object_id($shipment);
        $entry = $this->quotes[$id] ?? null;
        if ($entry === null || $entry['reference'] !== $shipment->reference) {
            $entry = ['reference' => $shipment->reference, 'rates' => []];
        }
        if (!isset($entry['rates'][$carrier])) {
            $entry['rates'][$carrier] = 450 + intdiv($shipment->grams, 100) * ($carrier === 'express' ? 35 : 20);
            $this->quotes[$id] = $entry;
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
