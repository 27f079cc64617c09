<?php

declare(strict_types=1);

namespace Logistics\Persistence;

use Logistics\Domain\Shipment;

final class ShipmentMapper extends AbstractMapper
{
    protected function table(): string
    {
        return 'shipment';
    }

    protected function hydrate(array $row): Shipment
    {
        return new Shipment(
            $row['id'],
            $row['tracking_number'],
            $row['status'],
            $row['last_location'],
            json_decode($row['checkpoints'], true),
            $row['delivered_at'],
        );
    }

    /** @param Shipment $entity */
    protected function extract(object $entity): array
    {
        return [
            'id' => $entity->id,
            'tracking_number' => $entity->trackingNumber,
            'status' => $entity->status,
            'last_location' => $entity->lastLocation,
            'checkpoints' => json_encode($entity->checkpoints),
            'delivered_at' => $entity->deliveredAt,
        ];
    }
}
