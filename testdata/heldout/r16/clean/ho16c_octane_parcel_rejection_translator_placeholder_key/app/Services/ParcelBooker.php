<?php

declare(strict_types=1);

namespace App\Services;

final class Parcel
{
    public function __construct(public readonly string $reference, public readonly string $city, public readonly float $weightKg) {}
}

final class BookingResult
{
    public function __construct(public readonly bool $ok, public readonly string $message) {}
}

final class ParcelBooker
{
    private const MAX_WEIGHT_KG = 31.5;

    public function __construct(private string $carrier) {}

    public function book(Parcel $parcel): BookingResult
    {
        if ($parcel->weightKg > self::MAX_WEIGHT_KG) {
            return $this->rejected($parcel, sprintf('weight %.1f kg exceeds %.1f kg', $parcel->weightKg, self::MAX_WEIGHT_KG));
        }

        return new BookingResult(true, __('shipping.parcel_booked', ['reference' => $parcel->reference, 'carrier' => $this->carrier]));
    }

    private function rejected(Parcel $parcel, string $reason): BookingResult
    {
        $message = __('shipping.parcel_rejected', [
            'reference' => $parcel->reference,
            'city' => $parcel->city,
            'carrier' => $this->carrier,
            'reason' => $reason,
        ]);

        return new BookingResult(false, $message);
    }
}
