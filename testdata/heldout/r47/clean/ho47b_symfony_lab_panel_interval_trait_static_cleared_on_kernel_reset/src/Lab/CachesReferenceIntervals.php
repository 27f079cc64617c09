<?php

namespace App\Lab;

trait CachesReferenceIntervals
{
    /** @var array<string, ReferenceInterval> */
    private static array $intervals = [];

    /** Drops the intervals memoised for the patients of the last request. */
    protected static function forgetReferenceIntervals(): void
    {
        self::$intervals = [];
    }

    abstract protected function intervalSource(): ReferenceIntervalSource;

    protected function intervalFor(Signalment $signalment, string $analyte): ReferenceInterval
    {
        $key = $signalment->referencePopulation() . '#' . $analyte;
        if (!isset(self::$intervals[$key])) {
            $interval = $this->intervalSource()->lookup($signalment->species, $signalment->ageBand(), $analyte, $signalment->referencePopulation());
            self::$intervals[$key] = $interval;
        }
        return self::$intervals[$key];
    }
}
