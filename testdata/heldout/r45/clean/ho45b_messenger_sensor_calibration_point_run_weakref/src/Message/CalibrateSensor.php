<?php

namespace App\Message;

/** Sent by the field-service tablet after a technician finishes a chamber comparison. */
final class CalibrateSensor
{
    /** @param list<array{reference: float, reading: float, chamber: string}> $comparisons */
    public function __construct(
        public readonly string $sensorId,
        public readonly string $kind,
        public readonly string $technician,
        public readonly float $chamberBias,
        public readonly array $comparisons,
    ) {
    }
}
