<?php

namespace App\Entity;

class Shipment
{
    private ?int $id = null;
    private array $trackingEvents = [];

    public function __construct(
        private string $trackingNumber,
        private string $carrier,
        private string $recipient,
        private string $addressLines,
        private \DateTimeImmutable $shippedAt,
    ) {
    }

    public function assignId(int $id): void
    {
        $this->id = $id;
    }

    public function getId(): ?int
    {
        return $this->id;
    }

    public function addTrackingEvent(string $status, string $location, string $at): void
    {
        $this->trackingEvents[] = ['status' => $status, 'location' => $location, 'at' => $at];
    }
}
