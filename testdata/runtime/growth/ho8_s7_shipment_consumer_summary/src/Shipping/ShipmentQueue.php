<?php

namespace App\Shipping;

final class ShipmentLabel
{
    public function __construct(
        public readonly string $trackingNumber,
        public readonly string $carrier,
        public readonly string $zpl,
    ) {}
}

final class ShipmentQueue
{
    private int $next = 0;

    /** @return array{order: int, carrier: string, address: string}|null */
    public function get(): ?array
    {
        $id = ++$this->next;
        return ['order' => 50000 + $id, 'carrier' => $id % 2 ? 'ups' : 'dhl', 'address' => "Street {$id}, 1000 Brussels"];
    }
}
