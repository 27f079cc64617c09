<?php

namespace App\Services;

use Illuminate\Support\Traits\Macroable;

/**
 * Base of the fee calculators (permits, licenses, right-of-way). Fee rules
 * are attached as macros so that ordinance changes can add rules without
 * editing these classes.
 */
abstract class FeeCalculator
{
    use Macroable;
}

class PermitFeeCalculator extends FeeCalculator
{
    public function total(string $rule, int $squareFeet, int $valuationCents): int
    {
        $fee = $this->{$rule}($squareFeet);
        // state technology surcharge: 0.4% of valuation
        return $fee + intdiv($valuationCents * 4, 1000);
    }
}
