<?php

namespace App\Metering;

/**
 * Collects register reads and writes them to the time-series store in
 * batches, so the ingestion endpoint does one COPY per batch instead of
 * one INSERT per register.
 */
class RegisterBatchWriter
{
    /** @var list<array<string, mixed>> */
    protected $pending = [];

    /** @var int */
    protected $flushAt;

    public function __construct(protected TimeseriesSink $sink, $flushAt)
    {
        $this->flushAt = $flushAt;
    }

    public function add(string $meterId, string $obis, float $value, string $readAt, string $quality): void
    {
        $this->pending[] = [ // leak
            'meter_id' => $meterId,
            'obis' => $obis,
            'value' => $value,
            'read_at' => $readAt,
            'quality' => $quality,
            'source' => 'hes-mdm',
        ];

        if (count($this->pending) === $this->flushAt) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->sink->copy('register_reads', $this->pending);
        $this->pending = [];
    }
}
