<?php
namespace App\Support;

use App\Enums\VehicleClass;

final class RuleCacheKey
{
    /**
     * Key under which a branch's compiled pricing rules are memoised. The
     * rules only depend on the branch and the vehicle class; the pickup
     * time is applied when a quote is priced.
     */
    public static function for(string $branch, VehicleClass $class): string
    {
        return sprintf('rules:%s:%s', $branch, $class->value);
    }
}
