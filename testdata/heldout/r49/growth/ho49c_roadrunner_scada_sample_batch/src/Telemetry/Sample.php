<?php

namespace App\Telemetry;

final class Sample
{
    public function __construct(
        public readonly string $station,
        public readonly string $tag,
        public readonly float $value,
        public readonly string $unit,
        public readonly string $quality,
        public readonly int $timestampMs,
    ) {
    }

    public static function fromArray(string $station, array $row): self
    {
        return new self(
            $station,
            (string) $row['tag'],
            (float) $row['v'],
            (string) ($row['u'] ?? ''),
            (string) ($row['q'] ?? 'good'),
            (int) $row['ts'],
        );
    }
}
