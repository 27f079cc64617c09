<?php

namespace App\Support\Facades;

use App\Crawler\RobotsTxtCache;
use Illuminate\Support\Facades\Facade;

/**
 * @method static bool allows(string $url, string $userAgent)
 * @method static float crawlDelay(string $url, string $userAgent)
 */
class Robots extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return RobotsTxtCache::class;
    }
}
