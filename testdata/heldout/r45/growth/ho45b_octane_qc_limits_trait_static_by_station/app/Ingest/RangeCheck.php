<?php

namespace App\Ingest;

use App\Ingest\Concerns\MemoizesLimits;

class RangeCheck
{
    use MemoizesLimits;

    public function evaluate(Observation $obs): QcResult
    {
        $limits = $this->limits(
            $obs->stationId . ':' . $obs->variable->value,
            static fn (): QcLimits => QcLimits::derive($obs->variable, $obs->elevation),
        );

        [$lower, $upper] = $limits->monthly[$obs->month];
        [$hardLo, $hardHi] = $obs->variable->hardBounds();

        $flag = match (true) {
            $obs->value < $hardLo || $obs->value > $hardHi => 'reject',
            $obs->value < $lower || $obs->value > $upper => 'suspect',
            default => 'pass',
        };

        return new QcResult($flag, $lower, $upper);
    }
}
