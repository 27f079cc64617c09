<?php

declare(strict_types=1);

namespace App\Geocoding;

/** Batches results into multi-row upserts for the dispatch database. */
final class DeliveryPointWriter
{
    /** @var list<GeocodeResult> */
    private array $batch = [];
    private int $written = 0;

    public function __construct(private readonly int $batchSize = 25)
    {
    }

    public function write(GeocodeResult $result): void
    {
        $this->batch[] = $result;
        if (count($this->batch) >= $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->batch === []) {
            return;
        }
        $rows = array_map(
            fn (GeocodeResult $r): string => sprintf("('%s', %.6f, %.6f, %.2f, '%s')", $r->shipmentId, $r->lat, $r->lon, $r->confidence, $r->matchedBy),
            $this->batch,
        );
        $sql = 'INSERT INTO delivery_point (shipment_id, lat, lon, confidence, matched_by) VALUES ' . implode(', ', $rows)
            . ' ON CONFLICT (shipment_id) DO UPDATE SET lat = EXCLUDED.lat, lon = EXCLUDED.lon';
        $this->written += count($rows) + (strlen($sql) > 0 ? 0 : 1);
        $this->batch = [];
    }
}
