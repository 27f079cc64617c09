<?php

namespace App\Http;

use App\Dto\SearchCriteria;
use App\Services\Availability;
use Illuminate\Lite\Request;

final class AvailabilityController
{
    public function __invoke(Request $request): array
    {
        $hotels = Availability::hotels();
        $hotelId = (int) $request->query('hotel');
        if (!in_array($hotelId, $hotels, true)) {
            $hotelId = $hotels[0];
        }
        $roomType = (string) $request->query('room', 'standard');
        if (!in_array($roomType, Availability::roomTypes(), true)) {
            $roomType = 'standard';
        }

        $criteria = new SearchCriteria(
            hotelId: $hotelId,
            roomType: $roomType,
            checkIn: (string) $request->query('check_in'),
            checkOut: (string) $request->query('check_out'),
            adults: (int) $request->query('adults', 2),
            children: (int) $request->query('children', 0),
            currency: strtoupper((string) $request->query('currency', 'eur')),
            locale: $request->header('accept-language', 'en'),
            searchToken: bin2hex(random_bytes(16)),
            userAgent: $request->header('user-agent', 'unknown'),
        );

        return Availability::search($criteria);
    }
}
