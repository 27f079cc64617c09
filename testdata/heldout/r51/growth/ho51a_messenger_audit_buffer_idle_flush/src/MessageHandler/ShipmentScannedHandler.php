<?php

namespace App\MessageHandler;

use App\Audit\AuditBuffer;
use App\Infrastructure\Connection;
use App\Message\ShipmentScanned;

final class ShipmentScannedHandler
{
    public function __construct(
        private Connection $connection,
        private AuditBuffer $audit,
    ) {
    }

    public function __invoke(ShipmentScanned $scan): void
    {
        $this->connection->executeStatement(
            'UPDATE shipment SET last_depot = ?, last_scan_at = ? WHERE id = ?',
            [$scan->depot, $scan->scannedAt->format('Y-m-d H:i:s'), $scan->shipmentId],
        );

        $this->audit->push([
            'shipment_id' => $scan->shipmentId,
            'scanner_id' => $scan->scannerId,
            'depot' => $scan->depot,
            'scanned_at' => $scan->scannedAt->format(\DateTimeInterface::ATOM),
            'payload' => $scan->rawPayload,
            'note' => sprintf('scan of %s at %s by %s', $scan->shipmentId, $scan->depot, $scan->scannerId),
        ]);
    }
}
