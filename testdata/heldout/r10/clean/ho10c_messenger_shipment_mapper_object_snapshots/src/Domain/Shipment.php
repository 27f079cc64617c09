<?php

declare(strict_types=1);

namespace Logistics\Domain;

final class Shipment
{
    public function __construct(
        public readonly int $id,
        public readonly string $trackingNumber,
        public string $status,
        public string $lastLocation,
        public array $checkpoints,
        public ?string $deliveredAt = null,
    ) {
    }

    public function record(string $status, string $location, string $at): void
    {
        $this->status = $status;
        $this->lastLocation = $location;
        $this->checkpoints[] = ['status' => $status, 'location' => $location, 'at' => $at];
        if ($status === 'delivered') {
            $this->deliveredAt = $at;
        }
    }
}
