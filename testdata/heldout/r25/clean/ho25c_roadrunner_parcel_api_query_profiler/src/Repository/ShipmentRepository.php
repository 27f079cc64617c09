<?php

namespace App\Repository;

use Acme\DBAL\Connection;

final class ShipmentRepository
{
    public function __construct(private Connection $connection)
    {
    }

    public function findTracking(int $shipmentId): array
    {
        $shipment = $this->connection->fetchAllAssociative(
            'SELECT s.id, s.carrier, s.status, s.updated_at FROM shipment s WHERE s.id = :id',
            ['id' => $shipmentId],
        )[0] ?? null;
        $events = $this->connection->fetchAllAssociative(
            'SELECT e.code, e.location, e.occurred_at FROM shipment_event e WHERE e.shipment_id = :id ORDER BY e.occurred_at DESC LIMIT 20',
            ['id' => $shipmentId],
        );

        return ['shipment' => $shipment, 'events' => $events];
    }
}
