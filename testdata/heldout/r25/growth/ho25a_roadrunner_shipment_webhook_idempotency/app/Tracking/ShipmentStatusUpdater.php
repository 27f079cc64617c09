<?php

declare(strict_types=1);

namespace App\Tracking;

final class ShipmentStatusUpdater
{
    private int $applied = 0;
    private int $ignored = 0;

    public function __construct(private readonly ShipmentRepository $shipments)
    {
    }

    public function apply(TrackingEvent $event): bool
    {
        if (!$this->shipments->exists($event->trackingNumber) || $event->status === 'unknown') {
            $this->ignored++;

            return false;
        }

        $this->shipments->updateStatus(
            $event->trackingNumber,
            $event->status,
            $event->occurredAt->format(DATE_ATOM),
            $event->facility,
        );
        $this->applied++;

        return true;
    }
}
