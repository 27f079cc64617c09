<?php

declare(strict_types=1);

namespace App\Tracking;

final class TrackingEvent
{
    private const STATUS_MAP = [
        'PU' => 'picked_up',
        'IT' => 'in_transit',
        'OD' => 'out_for_delivery',
        'DL' => 'delivered',
        'EX' => 'exception',
    ];

    public function __construct(
        public readonly string $carrier,
        public readonly string $trackingNumber,
        public readonly string $status,
        public readonly \DateTimeImmutable $occurredAt,
        public readonly string $facility,
        public readonly ?string $signedBy,
    ) {
    }

    /** @param array<string, mixed> $payload */
    public static function fromCarrierPayload(string $carrier, array $payload): self
    {
        $code = strtoupper((string) ($payload['status_code'] ?? ''));

        return new self(
            $carrier,
            (string) $payload['tracking_number'],
            self::STATUS_MAP[$code] ?? 'unknown',
            new \DateTimeImmutable((string) $payload['occurred_at']),
            trim(sprintf('%s, %s', $payload['location']['city'] ?? '', $payload['location']['country'] ?? '')),
            isset($payload['proof_of_delivery']['signed_by']) ? (string) $payload['proof_of_delivery']['signed_by'] : null,
        );
    }

    /** @return array<string, string|null> */
    public function toArray(): array
    {
        return [
            'carrier' => $this->carrier,
            'tracking_number' => $this->trackingNumber,
            'status' => $this->status,
            'occurred_at' => $this->occurredAt->format(DATE_ATOM),
            'facility' => $this->facility,
            'signed_by' => $this->signedBy,
        ];
    }
}
