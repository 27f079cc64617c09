<?php

namespace App\Calibration;

use WeakReference;

/** One comparison of the sensor against the transfer standard. */
final class ReferencePoint
{
    /** @var WeakReference<CalibrationRun> */
    private readonly WeakReference $run;

    public function __construct(
        CalibrationRun $run,
        public readonly float $reference,
        public readonly float $reading,
        public readonly string $chamber,
    ) {
        $this->run = WeakReference::create($run);
    }

    /** Sensor error after removing the chamber's known bias. */
    public function error(): float
    {
        return $this->reading - ($this->reference + ($this->run->get()?->chamberBias ?? 0.0));
    }
}
