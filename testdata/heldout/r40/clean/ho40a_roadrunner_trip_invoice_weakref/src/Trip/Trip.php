<?php

namespace App\Trip;

use App\Billing\Invoice;

final class Trip
{
    private ?Invoice $invoice = null;

    public function __construct(
        public readonly string $id,
        public readonly string $riderId,
        public readonly string $vehicleId,
        public readonly string $vehicleKind,
        public readonly int $startedAt,
        public readonly int $endedAt,
        public readonly int $distanceMeters,
        public readonly string $startZone,
        public readonly string $endZone,
    ) {
    }

    public function durationMinutes(): int
    {
        return (int) ceil(($this->endedAt - $this->startedAt) / 60);
    }

    public function attachInvoice(Invoice $invoice): void
    {
        if ($this->invoice !== null && $this->invoice !== $invoice) {
            throw new \LogicException("Trip {$this->id} is already invoiced");
        }
        $this->invoice = $invoice;
    }

    public function invoice(): ?Invoice
    {
        return $this->invoice;
    }
}
