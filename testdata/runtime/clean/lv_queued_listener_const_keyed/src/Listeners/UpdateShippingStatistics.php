<?php

namespace App\Listeners;

use App\Events\OrderShipped;
use App\Shipping\ShipmentRecord;
use Illuminate\Contracts\Queue\ShouldQueue;

class UpdateShippingStatistics implements ShouldQueue
{
    private const LETTER = 'letter';
    private const PARCEL = 'parcel';
    private const FREIGHT = 'freight';

    /** @var array<self::LETTER|self::PARCEL|self::FREIGHT, ShipmentRecord> latest shipment per size class */
    private static array $latestBySize = [];

    private static int $totalGrams = 0;

    public function handle(OrderShipped $event): void
    {
        $size = $event->weightGrams > 20000 ? self::FREIGHT : ($event->weightGrams > 2000 ? self::PARCEL : self::LETTER);
        self::$latestBySize[$size] = new ShipmentRecord($event->orderId, $event->trackingNumber, $event->deliveryAddress, time());
        self::$totalGrams += $event->weightGrams;
    }
}
