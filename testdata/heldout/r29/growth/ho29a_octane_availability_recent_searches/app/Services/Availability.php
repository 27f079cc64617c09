<?php

namespace App\Services;

use Illuminate\Lite\Facade;

/**
 * @method static array search(\App\Dto\SearchCriteria $criteria)
 * @method static array hotels()
 * @method static array roomTypes()
 */
final class Availability extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return AvailabilityService::class;
    }
}
