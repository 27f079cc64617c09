<?php

namespace App\Spc;

final class WesternElectricRules
{
    /** Rule 1: a single point outside the 3-sigma control limits. */
    public function outOfControl(ControlChart $chart, Sample $sample): ?string
    {
        if ($sample->value > $chart->ucl) {
            return sprintf('%s above UCL (%.4f > %.4f)', $sample->serial, $sample->value, $chart->ucl);
        }
        if ($sample->value < $chart->lcl) {
            return sprintf('%s below LCL (%.4f < %.4f)', $sample->serial, $sample->value, $chart->lcl);
        }

        return null;
    }
}
