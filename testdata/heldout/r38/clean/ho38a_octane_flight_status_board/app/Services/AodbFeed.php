<?php

namespace App\Services;

use App\Support\FlightStatus;

/**
 * Turns an AODB push payload into the board's status object.
 */
final class AodbFeed
{
    private const REMARKS = [
        'SCH' => 'Scheduled',
        'BRD' => 'Boarding',
        'GCL' => 'Gate closing',
        'DEL' => 'Delayed - see staff at gate',
        'DEP' => 'Departed',
    ];

    public function statusFor(array $payload, int $now): FlightStatus
    {
        $code = $payload['status'];

        return new FlightStatus(
            flight: $payload['carrier'] . $payload['flight_no'],
            destination: $payload['destination'],
            terminal: $payload['terminal'],
            gate: $payload['gate'],
            status: $code,
            remark: sprintf('%s (%s) - %s', self::REMARKS[$code] ?? 'See information screens', $payload['destination'], $payload['note']),
            codeshares: array_map(fn (string $c) => $c . ' ' . $payload['flight_no'], $payload['codeshares']),
            offBlock: $payload['estimated_off_block'] ?? $payload['scheduled_off_block'],
            fetchedAt: $now,
            sourceMessage: json_encode($payload, JSON_UNESCAPED_SLASHES),
        );
    }
}
