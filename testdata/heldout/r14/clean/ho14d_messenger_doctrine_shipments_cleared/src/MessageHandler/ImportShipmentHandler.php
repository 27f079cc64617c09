<?php

namespace App\MessageHandler;

use App\Entity\Shipment;
use App\Message\ImportShipment;
use Doctrine\Persistence\ManagerRegistry;

final class ImportShipmentHandler
{
    public function __construct(private readonly ManagerRegistry $registry)
    {
    }

    public function __invoke(ImportShipment $message): void
    {
        $p = $message->payload;
        $shipment = new Shipment(
            $p['tracking_number'],
            $message->carrier,
            $p['recipient'],
            implode("\n", $p['address']),
            new \DateTimeImmutable($p['shipped_at']),
        );
        foreach ($p['events'] as $event) {
            $shipment->addTrackingEvent($event['status'], $event['location'], $event['at']);
        }

        $em = $this->registry->getManagerForClass(Shipment::class);
        $em->persist($shipment);
        $em->flush();
    }
}
