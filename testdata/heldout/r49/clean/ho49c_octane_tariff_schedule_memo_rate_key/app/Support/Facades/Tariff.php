<?php

namespace App\Support\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Domain\RateSchedule scheduleFor(\App\Domain\ServiceAccount $account)
 * @method static float estimate(\App\Domain\ServiceAccount $account, float $kgal)
 */
class Tariff extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'tariff.calculator';
    }
}
