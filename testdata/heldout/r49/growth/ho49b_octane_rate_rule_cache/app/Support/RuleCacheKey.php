<?php
namespace App\Support;

use App\Enums\VehicleClass;

final class RuleCacheKey
{
    /**
     * Key under which a branch's compiled pricing rules are memoised.
     */
    public static function for(string $branch, VehicleClass $class, \DateTimeImmutable $pickup): string
    {
        return sprintf('rules:%s:%s:%s', $branch, $class->value, $pickup->format('Y-m-d\TH:i'));
    }
}
