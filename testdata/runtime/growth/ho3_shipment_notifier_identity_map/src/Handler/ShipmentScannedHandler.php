<?php

declare(strict_types=1);

namespace Logistics\Handler;

use Logistics\Entity\Customer;
use Logistics\Entity\Shipment;
use Logistics\Message\ShipmentScanned;
use Logistics\Persistence\EntityManager;

/**
 * Sends the "your parcel is on its way" notification after a hub scan.
 */
final class ShipmentScannedHandler
{
    private int $notified = 0;

    public function __construct(private readonly EntityManager $entityManager) {}

    public function __invoke(ShipmentScanned $message): void
    {
        $shipment = $this->entityManager->find(Shipment::class, $message->shipmentId);
        if ($shipment === null) {
            return;
        }
        $customer = $this->entityManager->find(Customer::class, $shipment->customerId);
        if ($customer === null) {
            return;
        }
        $this->notify($customer, $shipment, $message->scanCode);
    }

    private function notify(Customer $customer, Shipment $shipment, string $scanCode): void
    {
        $subject = $customer->locale === 'de_DE' ? 'Ihre Sendung ist unterwegs' : 'Your parcel is on its way';
        $body = sprintf('%s: %s (%s) - %s', $subject, $shipment->trackingNumber, $scanCode, $shipment->lastScan);
        if ($body !== '') {
            $this->notified++;
        }
    }
}
