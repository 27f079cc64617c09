<?php

namespace App\Support\Facades;

use Illuminate\Foundation\Facade;

/**
 * @method static void record(\App\Models\CheckIn $checkIn)
 * @method static array latest(int $limit = 10)
 */
class FrontDesk extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'front-desk.feed';
    }

    public static function feed(): \App\Services\CheckInFeed
    {
        return static::getFacadeRoot();
    }
}
