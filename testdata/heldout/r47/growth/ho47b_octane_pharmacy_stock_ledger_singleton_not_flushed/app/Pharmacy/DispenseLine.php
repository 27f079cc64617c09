<?php

namespace App\Pharmacy;

final class DispenseLine
{
    public function __construct(
        public readonly string $prescriptionId,
        public readonly string $sku,
        public readonly int $quantity,
        public readonly string $patientName,
        public readonly string $prescriber,
        public readonly string $directions,
        public readonly \DateTimeImmutable $requestedAt,
    ) {
    }

    public static function fromPayload(array $payload): self
    {
        return new self(
            (string) $payload['rx'],
            (string) $payload['sku'],
            max(1, (int) $payload['qty']),
            (string) $payload['patient'],
            (string) $payload['prescriber'],
            (string) $payload['directions'],
            new \DateTimeImmutable('@' . (int) $payload['ts']),
        );
    }
}
