<?php

declare(strict_types=1);

namespace Logistics\Message;

use Logistics\Persistence\ShipmentMapper;

final class CarrierScanReceived
{
    public function __construct(
        public readonly int $shipmentId,
        public readonly string $status,
        public readonly string $location,
        public readonly string $scannedAt,
    ) {
    }
}

final class CarrierScanReceivedHandler
{
    public function __construct(private ShipmentMapper $shipments)
    {
    }

    public function __invoke(CarrierScanReceived $scan): void
    {
        $shipment = $this->shipments->load($scan->shipmentId);
        $shipment->record($scan->status, $scan->location, $scan->scannedAt);
        $this->shipments->save($shipment);
    }
}
