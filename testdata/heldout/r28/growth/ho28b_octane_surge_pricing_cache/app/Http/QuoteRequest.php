<?php
namespace App\Http;

final class QuoteRequest
{
    public function __construct(
        public readonly string $riderId,
        public readonly float $pickupLat,
        public readonly float $pickupLng,
        public readonly float $dropoffLat,
        public readonly float $dropoffLng,
        public readonly string $vehicleClass,
        public readonly int $requestedAt,
    ) {}

    public static function fromArray(array $payload): self
    {
        return new self(
            (string) $payload['rider_id'],
            (float) $payload['pickup']['lat'],
            (float) $payload['pickup']['lng'],
            (float) $payload['dropoff']['lat'],
            (float) $payload['dropoff']['lng'],
            (string) ($payload['vehicle_class'] ?? 'standard'),
            (int) $payload['requested_at'],
        );
    }

    /** ~110 m grid cell of the pickup point, used to localise demand. */
    public function pickupCell(): string
    {
        return sprintf('%.3f:%.3f', $this->pickupLat, $this->pickupLng);
    }
}
