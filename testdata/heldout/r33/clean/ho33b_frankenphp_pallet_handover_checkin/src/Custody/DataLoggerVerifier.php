<?php

namespace App\Custody;

/** Checks the pallet's USB temperature logger trace uploaded by the carrier. */
final class DataLoggerVerifier
{
    /** @param array<string, array{min: float, max: float}> $ranges */
    public function __construct(private readonly array $ranges)
    {
    }

    public function verify(HandoverScan $scan, ?array $trace): LoggerStatus
    {
        if ($trace === null) {
            return LoggerStatus::Pending;
        }

        $range = $this->ranges[$scan->toParty] ?? ['min' => 2.0, 'max' => 8.0];
        foreach ($trace as $celsius) {
            if ($celsius < $range['min'] || $celsius > $range['max']) {
                return LoggerStatus::Excursion;
            }
        }

        return LoggerStatus::Verified;
    }
}
