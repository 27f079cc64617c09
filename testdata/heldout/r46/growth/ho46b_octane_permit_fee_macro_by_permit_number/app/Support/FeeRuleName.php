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
        // one rule per permit, so a reissued permit can carry its own surcharge
        return 'fee_' . strtolower(str_replace('-', '_', $permit->number));
    }
}
