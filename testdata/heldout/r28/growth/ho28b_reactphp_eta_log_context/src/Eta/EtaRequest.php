<?php
namespace App\Eta;

final class EtaRequest
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $restaurantId,
        public readonly float $dropoffLat,
        public readonly float $dropoffLng,
        public readonly string $dropoffLabel,
        public readonly int $placedAt,
        public readonly array $basket,
        public readonly string $traceId,
    ) {}

    public static function fromJson(string $json, string $traceId): self
    {
        $d = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        return new self(
            $d['order_id'],
            $d['restaurant_id'],
            (float) $d['dropoff']['lat'],
            (float) $d['dropoff']['lng'],
            $d['dropoff']['label'],
            (int) $d['placed_at'],
            $d['basket'],
            $traceId,
        );
    }
}
