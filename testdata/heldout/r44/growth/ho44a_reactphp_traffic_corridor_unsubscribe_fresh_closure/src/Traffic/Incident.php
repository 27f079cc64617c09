<?php

declare(strict_types=1);

namespace Roadwatch\Traffic;

final class Incident
{
    public function __construct(
        public readonly string $id,
        public readonly string $type,
        public readonly float $lat,
        public readonly float $lon,
        public readonly int $severity,
        public readonly string $description,
        public readonly int $reportedAt,
    ) {
    }

    public function toArray(): array
    {
        return [
            'id' => $this->id,
            'type' => $this->type,
            'lat' => $this->lat,
            'lon' => $this->lon,
            'severity' => $this->severity,
            'text' => $this->description,
            'ts' => $this->reportedAt,
        ];
    }
}
