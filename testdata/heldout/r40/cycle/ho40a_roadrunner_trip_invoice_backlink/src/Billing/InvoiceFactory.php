<?php

namespace App\Billing;

use App\Trip\Trip;

final class InvoiceFactory
{
    private int $sequence = 0;

    public function __construct(private TariffTable $tariffs, private string $series)
    {
    }

    public function forTrip(Trip $trip): Invoice
    {
        $tariff = $this->tariffs->for($trip->vehicleKind);
        $invoice = new Invoice(sprintf('%s-%08d', $this->series, ++$this->sequence), $trip, $tariff['currency']);

        $invoice->addLine('UNLOCK', 'Unlock fee, ' . $trip->vehicleKind . ' ' . $trip->vehicleId, $tariff['unlock']);
        $invoice->addLine('TIME', sprintf('%d min from %s to %s', $trip->durationMinutes(), $trip->startZone, $trip->endZone), $trip->durationMinutes() * $tariff['per_minute']);
        if ($trip->endZone !== $trip->startZone && in_array($trip->endZone, $tariff['parking_fee_zones'], true)) {
            $invoice->addLine('PARK', 'Parking outside preferred area in ' . $trip->endZone, $tariff['parking_fee']);
        }

        $trip->attachInvoice($invoice);

        return $invoice;
    }
}

final class TariffTable
{
    public function __construct(private array $tariffs)
    {
    }

    public function for(string $vehicleKind): array
    {
        return $this->tariffs[$vehicleKind] ?? throw new \DomainException("No tariff for $vehicleKind");
    }
}
