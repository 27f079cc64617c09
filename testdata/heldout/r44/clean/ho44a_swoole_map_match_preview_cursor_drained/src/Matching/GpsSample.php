<?php

declare(strict_types=1);

namespace Transit\Matching;

final class GpsSample
{
    public function __construct(
        public readonly float $lat,
        public readonly float $lon,
        public readonly int $timestamp,
        public readonly float $accuracy,
    ) {
    }

    public static function fromArray(array $sample): self
    {
        return new self((float) $sample['lat'], (float) $sample['lon'], (int) $sample['t'], (float) ($sample['acc'] ?? 10));
    }
}
