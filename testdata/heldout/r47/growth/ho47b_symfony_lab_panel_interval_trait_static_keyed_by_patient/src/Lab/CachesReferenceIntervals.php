<?php

namespace App\Lab;

trait CachesReferenceIntervals
{
    /** @var array<string, ReferenceInterval> */
    private static array $intervals = [];

    abstract protected function intervalSource(): ReferenceIntervalSource;

    protected function intervalFor(Signalment $signalment, string $analyte): ReferenceInterval
    {
        $key = $signalment->referencePopulation() . '#' . $analyte;
        if (!isset(self::$intervals[$key])) {
            $interval = $this->intervalSource()->lookup($signalment->species, $signalment->ageBand(), $analyte, $signalment->referencePopulation());
            self::$intervals[$key] = $interval; // leak
        }
        return self::$intervals[$key];
    }
}
