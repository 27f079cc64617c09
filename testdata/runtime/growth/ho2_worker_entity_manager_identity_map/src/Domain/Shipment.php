<?php

declare(strict_types=1);

namespace Logistics\Domain;

use Tiny\ORM\IdentifiableInterface;

class Shipment implements IdentifiableInterface
{
    /** @var list<string> */
    private array $events = [];

    public function __construct(
        private string $trackingNumber,
        private string $carrier,
        private string $destination,
    ) {
    }

    public function getId(): string
    {
        return $this->trackingNumber;
    }

    public function record(string $event): void
    {
        $this->events[] = $event;
    }

    public function toRow(): array
    {
        return [
            'tracking_number' => $this->trackingNumber,
            'carrier' => $this->carrier,
            'destination' => $this->destination,
        ];
    }
}
