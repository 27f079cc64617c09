<?php

namespace App\Http;

use App\Facades\FlightBoard;
use App\Services\AodbFeed;
use App\Support\FlightKey;

final class FlightStatusController
{
    public function __construct(private AodbFeed $feed)
    {
    }

    public function show(array $request): array
    {
        $payload = $request['body'];
        $now = $request['time'];

        $row = FlightBoard::remember(
            FlightKey::fromFeed($payload),
            $now,
            fn () => $this->feed->statusFor($payload, $now),
        );

        return ['status' => 200, 'json' => $row];
    }
}
