<?php

namespace App\Shipping;

final class ShipmentLabel
{
    public function __construct(public readonly string $trackingNumber, public readonly string $carrier, public readonly string $zpl) {}
}

final class ShipmentQueue
{
    /** @return list<array{order: int, carrier: string, address: string}> shipments waiting for today's pickup */
    public function pending(): array
    {
        $pending = [];
        for ($id = 1; $id <= 40; $id++) {
            $pending[] = ['order' => 50000 + $id, 'carrier' => $id % 2 ? 'ups' : 'dhl', 'address' => "Street {$id}, 1000 Brussels"];
        }
        return $pending;
    }
}
