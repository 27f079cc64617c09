<?php

namespace App\Support\Facades;

use App\Warnings\IssuedWarnings;
use Illuminate\Support\Facades\Facade;

/**
 * @method static void record(\App\Warnings\Warning $warning)
 * @method static string summary()
 */
class Issued extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return IssuedWarnings::class;
    }
}
