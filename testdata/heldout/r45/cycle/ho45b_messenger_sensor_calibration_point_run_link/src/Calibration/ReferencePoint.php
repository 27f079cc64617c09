<?php

namespace App\Calibration;

/** One comparison of the sensor against the transfer standard. */
final class ReferencePoint
{
    public function __construct(
        private readonly CalibrationRun $run, // leak
        public readonly float $reference,
        public readonly float $reading,
        public readonly string $chamber,
    ) {
    }

    /** Sensor error after removing the chamber's known bias. */
    public function error(): float
    {
        return $this->reading - ($this->reference + $this->run->chamberBias);
    }
}
