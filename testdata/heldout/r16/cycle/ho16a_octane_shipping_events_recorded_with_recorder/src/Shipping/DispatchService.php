<?php

declare(strict_types=1);

namespace Logistics\Shipping;

use Logistics\Events\CarrierLabelRequested;
use Logistics\Events\CustomerNotified;
use Logistics\Events\EventRecorder;
use Logistics\Events\ListenerProvider;
use Logistics\Events\ParcelDispatched;

final class DispatchService
{
    private int $labels = 0;

    public function __construct(ListenerProvider $listeners)
    {
        $listeners->listen(ParcelDispatched::class, function (ParcelDispatched $event): void {
            $event->followUp(CarrierLabelRequested::class, [
                'carrier' => $event->payload['carrier'],
                'weight_grams' => $event->payload['weight_grams'],
            ]);
        });
        $listeners->listen(CarrierLabelRequested::class, function (CarrierLabelRequested $event): void {
            $this->labels++;
            $event->followUp(CustomerNotified::class, ['channel' => 'email']);
        });
    }

    /** @param array{parcel: string, carrier: string, weight: int, address: string} $input */
    public function dispatch(array $input, EventRecorder $events): string
    {
        $tracking = strtoupper(substr($input['carrier'], 0, 3)) . '-' . substr(hash('crc32b', $input['parcel']), 0, 8);
        $events->raise(ParcelDispatched::class, [
            'parcel_id' => $input['parcel'],
            'carrier' => $input['carrier'],
            'weight_grams' => $input['weight'],
            'tracking_number' => $tracking,
            'address' => $input['address'],
        ]);

        return $tracking;
    }
}
