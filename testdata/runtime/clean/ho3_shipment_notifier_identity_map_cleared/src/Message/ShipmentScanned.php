<?php

declare(strict_types=1);

namespace Logistics\Message;

final class ShipmentScanned
{
    public function __construct(public readonly int $shipmentId, public readonly string $scanCode) {}
}
