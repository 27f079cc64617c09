<?php

namespace App\Support\Facades;

use App\Services\PriceFormatter;
use Illuminate\Support\Facades\Facade;

/**
 * @method static string format(int $minor, string $locale)
 */
class Price extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return PriceFormatter::class;
    }
}
