<?php

namespace App\Lab;

final class ReferenceInterval
{
    public function __construct(
        public readonly string $analyte,
        public readonly float $low,
        public readonly float $high,
        public readonly string $unit,
        public readonly string $population,
        public readonly string $citation,
    ) {
    }

    public function classify(float $value): string
    {
        return $value < $this->low ? 'L' : ($value > $this->high ? 'H' : 'N');
    }
}
