<?php

namespace App\Services;

final class PickupScheduler
{
    private const WINDOWS = ['08:00-10:00', '10:00-12:00', '13:00-15:00', '15:00-17:00'];

    public function windowFor(int $pickupId): string
    {
        return self::WINDOWS[$pickupId % count(self::WINDOWS)];
    }

    public function confirm(int $pickupId, string $donor, string $address, array $items): array
    {
        return [
            'pickup_id' => $pickupId,
            'donor' => $donor,
            'address' => $address,
            'window' => $this->windowFor($pickupId),
            'pallets' => (int) ceil(array_sum(array_column($items, 'kg')) / 400),
        ];
    }
}
