<?php

declare(strict_types=1);

namespace App\Plans;

final class IntervalStep
{
    public function __construct(
        public readonly string $label,
        public readonly int $durationSeconds,
        public readonly int $restSeconds,
        public readonly ?string $targetPace,
        public readonly int $targetZone,
    ) {
    }
}
