<?php

namespace App\Support;

use App\Dto\PermitApplication;

/**
 * Name under which the fee rule of a permit is registered on the calculator.
 */
final class FeeRuleName
{
    public static function for(PermitApplication $permit): string
    {
        // one rule per permit type: the schedule is adopted per type by ordinance
        return 'fee_' . $permit->type->value;
    }
}
