<?php

declare(strict_types=1);

namespace Logistics\Messenger;

use Logistics\Domain\Shipment;
use Tiny\ORM\EntityManager;

final class ShipmentCreated
{
    public function __construct(
        public readonly string $trackingNumber,
        public readonly string $carrier,
        public readonly string $address,
    ) {
    }
}

final class ShipmentCreatedHandler
{
    public function __construct(private EntityManager $em)
    {
    }

    public function __invoke(ShipmentCreated $message): void
    {
        if ($this->em->find(Shipment::class, $message->trackingNumber) !== null) {
            return;
        }
        $shipment = new Shipment($message->trackingNumber, $message->carrier, $message->address);
        $shipment->record(sprintf('label created for %s via %s', $message->address, $message->carrier));
        $this->em->persist($shipment);
        $this->em->flush();
    }
}
