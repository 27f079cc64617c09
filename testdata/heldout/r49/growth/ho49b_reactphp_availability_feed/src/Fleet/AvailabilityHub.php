<?php
namespace Rental\Fleet;

use Evenement\EventEmitter;

/**
 * Process-wide hub: the telematics consumer and the reservation service push
 * vehicle status changes here, dashboards subscribe to them.
 */
final class AvailabilityHub extends EventEmitter
{
    public const STATUS_CHANGED = 'vehicle.status';

    public function publish(VehicleStatus $status): void
    {
        $this->emit(self::STATUS_CHANGED, [$status]);
    }
}
