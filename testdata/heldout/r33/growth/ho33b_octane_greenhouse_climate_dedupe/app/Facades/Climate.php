<?php

namespace App\Facades;

use App\Climate\ZoneClimateCache;
use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Climate\ClimateSnapshot remember(string $key, \Closure $resolve)
 * @method static int window()
 * @method static int hits()
 */
class Climate extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return ZoneClimateCache::class;
    }
}
