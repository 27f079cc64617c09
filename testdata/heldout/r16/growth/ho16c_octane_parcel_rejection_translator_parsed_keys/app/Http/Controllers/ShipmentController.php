<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Services\Parcel;
use App\Services\ParcelBooker;

final class ShipmentController
{
    public function __construct(private ParcelBooker $booker) {}

    public function store(array $request): array
    {
        $errors = [];
        $booked = 0;

        foreach ($request['parcels'] as $row) {
            $result = $this->booker->book(new Parcel($row['reference'], $row['city'], (float) $row['weight']));
            $result->ok ? $booked++ : $errors[] = $result->message;
        }

        return ['status' => $errors === [] ? 201 : 422, 'title' => __('shipping.label_title'), 'booked' => $booked, 'errors' => $errors];
    }
}
