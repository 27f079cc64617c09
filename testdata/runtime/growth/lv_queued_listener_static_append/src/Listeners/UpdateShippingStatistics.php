<?php

namespace App\Listeners;

use App\Events\OrderShipped;
use App\Shipping\ShipmentRecord;
use Illuminate\Contracts\Queue\ShouldQueue;

class UpdateShippingStatistics implements ShouldQueue
{
    /** @var list<ShipmentRecord> */
    private static array $shipments = [];

    private static int $totalGrams = 0;

    public function handle(OrderShipped $event): void
    {
        self::$shipments[] = new ShipmentRecord($event->orderId, $event->trackingNumber, $event->deliveryAddress, time()); // leak
        self::$totalGrams += $event->weightGrams;
    }
}
