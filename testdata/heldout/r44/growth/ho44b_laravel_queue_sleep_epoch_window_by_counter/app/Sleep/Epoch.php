<?php

namespace App\Sleep;

/**
 * One 30-second scoring epoch from the wrist sensor.
 */
final class Epoch
{
    public ?string $stage = null;

    public function __construct(
        public readonly int $startedAt,
        public readonly float $movement,
        public readonly int $heartRate,
        public readonly float $hrv,
        public readonly float $skinTemp,
    ) {
    }

    public static function fromArray(array $row): self
    {
        return new self((int) $row['t'], (float) $row['acc'], (int) $row['hr'], (float) $row['hrv'], (float) $row['temp']);
    }
}
