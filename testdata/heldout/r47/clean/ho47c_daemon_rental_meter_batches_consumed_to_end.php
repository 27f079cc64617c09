<?php

declare(strict_types=1);

/*
 * equipment-telemetry daemon: polls the hire-company gateway for machine
 * meter readings (excavators, EWPs, tower-crane hours, generator fuel) and
 * forwards them in batches to the rental-invoicing API, one tick at a time.
 */

namespace App\Telemetry;

final class MeterReading
{
    public function __construct(
        public readonly string $assetTag,
        public readonly string $hireContract,
        public readonly string $kind,
        public readonly float $value,
        public readonly string $unit,
        public readonly int $ts,
        public readonly string $operatorNote,
    ) {
    }

    public function toRow(): array
    {
        return [$this->assetTag, $this->hireContract, $this->kind, $this->value, $this->unit, $this->ts, $this->operatorNote];
    }
}

/** Readings waiting to be forwarded, drained by batches(). */
final class RentalMeterBuffer
{
    /** @var list<MeterReading> */
    private array $pending = [];

    public function record(MeterReading $reading): void
    {
        $this->pending[] = $reading;
    }

    /**
     * Yields the pending readings in chunks of $size; once the last chunk was
     * taken the buffer is emptied.
     *
     * @return \Generator<int, list<MeterReading>>
     */
    public function batches(int $size): \Generator
    {
        foreach (array_chunk($this->pending, $size) as $chunk) {
            yield $chunk;
        }
        $this->pending = [];
    }

    public function size(): int
    {
        return count($this->pending);
    }
}

/** Hire-company gateway poller (stand-in for the vendor SOAP client). */
final class HireGatewayClient
{
    private const KINDS = [
        ['engine_hours', 'h'],
        ['fuel_level', '%'],
    ];

    public function poll(int $tick): iterable
    {
        foreach (self::KINDS as $k => [$kind, $unit]) {
            yield new MeterReading(
                assetTag: sprintf('EX-%04d', $tick % 35),
                hireContract: sprintf('HC-2024-%05d', 3000 + $tick % 35),
                kind: $kind,
                value: $k === 0 ? 1200 + $tick * 0.25 : 100 - $tick % 80,
                unit: $unit,
                ts: 1700000000 + $tick * 300,
                operatorNote: sprintf('Pre-start checklist %d completed by operator %d: tracks ok, hydraulic hose on boom cylinder weeping, tagged for service on %s; bucket teeth worn (replace at next dry hire changeover).', $tick, $tick % 17, date('D', 1700000000 + $tick * 86400)),
            );
        }
    }
}

/** Rental-invoicing API client; accepts up to 50 readings per POST. */
final class RentalInvoicingApi
{
    public const MAX_BATCH = 50;
    private int $posted = 0;
    private int $bytes = 0;

    /** @param list<MeterReading> $batch */
    public function post(array $batch): void
    {
        $this->bytes += strlen(json_encode(array_map(static fn (MeterReading $r) => $r->toRow(), $batch)));
        $this->posted++;
    }
}

final class TelemetryDaemon
{
    public function __construct(
        private HireGatewayClient $gateway,
        private RentalMeterBuffer $buffer,
        private RentalInvoicingApi $api,
    ) {
    }

    public function tick(int $tick): void
    {
        foreach ($this->gateway->poll($tick) as $reading) {
            $this->buffer->record($reading);
        }
        // Drain every batch: the buffer is only emptied after the last one.
        foreach ($this->buffer->batches(RentalInvoicingApi::MAX_BATCH) as $batch) {
            $this->api->post($batch);
        }
    }
}

$daemon = new TelemetryDaemon(new HireGatewayClient(), new RentalMeterBuffer(), new RentalInvoicingApi());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($tick = 0; $tick < $n; $tick++) {
    $daemon->tick($tick);
}
