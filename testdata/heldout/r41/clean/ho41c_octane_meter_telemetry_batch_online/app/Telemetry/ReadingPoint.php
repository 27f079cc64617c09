<?php

namespace App\Telemetry;

final class ReadingPoint
{
    public function __construct(
        public readonly string $meterId,
        public readonly string $obisCode,
        public readonly float $value,
        public readonly string $unit,
        public readonly int $capturedAt,
        public readonly string $rawTelegram,
    ) {
    }
}
