<?php

namespace App\Experiment;

final class Assignment
{
    private ?Visitor $visitor = null;
    public readonly string $exposureId;

    public function __construct(
        public readonly string $experiment,
        public readonly string $variant,
        public readonly int $bucket,
    ) {
        $this->exposureId = bin2hex(random_bytes(12));
    }

    public function setVisitor(Visitor $visitor): void
    {
        $this->visitor = $visitor; // leak
    }

    public function toExposureEvent(): array
    {
        return [
            'exposure_id' => $this->exposureId,
            'experiment' => $this->experiment,
            'variant' => $this->variant,
            'visitor' => $this->visitor?->id,
            'utm_source' => $this->visitor?->utm['source'] ?? null,
        ];
    }
}
