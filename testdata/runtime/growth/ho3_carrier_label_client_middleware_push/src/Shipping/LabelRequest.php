<?php

declare(strict_types=1);

namespace App\Shipping;

final class LabelRequest
{
    public function __construct(
        public readonly string $shipmentReference,
        public readonly string $recipientName,
        public readonly string $recipientAddress,
        public readonly int $weightGrams,
        public readonly string $service = 'EXPRESS',
    ) {}

    public function toJson(): string
    {
        return json_encode([
            'reference' => $this->shipmentReference,
            'recipient' => ['name' => $this->recipientName, 'address' => $this->recipientAddress],
            'parcel' => ['weight' => $this->weightGrams, 'unit' => 'g'],
            'service' => $this->service,
        ], JSON_THROW_ON_ERROR);
    }
}
