<?php

namespace App\Support;

/**
 * Builds the board key of a flight leg: marketing carrier, flight number
 * and the scheduled departure, which identifies the leg however often its
 * estimate moves.
 */
final class FlightKey
{
    public static function fromFeed(array $payload): string
    {
        return self::compose(
            $payload['carrier'],
            (int) $payload['flight_no'],
            $payload['scheduled_off_block'],
        );
    }

    private static function compose(string $carrier, int $number, string $when): string
    {
        return sprintf('%s%04d@%s', strtoupper($carrier), $number, substr($when, 0, 16));
    }
}
