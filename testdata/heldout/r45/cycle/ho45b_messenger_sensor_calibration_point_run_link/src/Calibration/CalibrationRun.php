<?php

namespace App\Calibration;

final class CalibrationRun
{
    /** @var list<ReferencePoint> */
    private array $points = [];

    public function __construct(
        public readonly string $sensorId,
        public readonly string $kind,
        public readonly string $technician,
        public readonly float $chamberBias,
        public readonly string $startedAt,
    ) {
    }

    public function record(float $reference, float $reading, string $chamber): ReferencePoint
    {
        $point = new ReferencePoint($this, $reference, $reading, $chamber);
        $this->points[] = $point; // leak
        return $point;
    }

    /** Least-squares gain/offset of reading against reference. */
    public function fit(): CalibrationResult
    {
        $n = count($this->points);
        $sx = $sy = $sxx = $sxy = 0.0;
        $worst = 0.0;
        foreach ($this->points as $p) {
            $x = $p->reference;
            $y = $p->reading - $this->chamberBias;
            $sx += $x;
            $sy += $y;
            $sxx += $x * $x;
            $sxy += $x * $y;
            $worst = max($worst, abs($p->error()));
        }
        $den = $n * $sxx - $sx * $sx;
        $gain = $den == 0.0 ? 1.0 : ($n * $sxy - $sx * $sy) / $den;
        $offset = $n === 0 ? 0.0 : ($sy - $gain * $sx) / $n;

        return new CalibrationResult($this->sensorId, round($gain, 5), round($offset, 4), round($worst, 4), $n);
    }
}
