<?php

namespace App\Billing;

use App\Trip\Trip;

final class TripBillingHandler
{
    private int $billedCents = 0;

    public function __construct(private InvoiceFactory $invoices, private PaymentGateway $payments)
    {
    }

    public function handle(array $event): string
    {
        $trip = new Trip(
            id: $event['trip_id'],
            riderId: $event['rider_id'],
            vehicleId: $event['vehicle']['id'],
            vehicleKind: $event['vehicle']['kind'],
            startedAt: $event['started_at'],
            endedAt: $event['ended_at'],
            distanceMeters: $event['distance_m'],
            startZone: $event['start_zone'],
            endZone: $event['end_zone'],
        );

        $invoice = $this->invoices->forTrip($trip);
        $charge = $this->payments->charge($trip->riderId, $invoice->totalCents(), $invoice->currency, $invoice->number);
        $this->billedCents += $invoice->totalCents();

        return $charge;
    }
}

final class PaymentGateway
{
    private int $charges = 0;

    public function charge(string $customer, int $amount, string $currency, string $reference): string
    {
        $this->charges++;
        return sprintf('ch_%s_%d', substr(sha1($customer . $reference), 0, 16), $amount);
    }
}
