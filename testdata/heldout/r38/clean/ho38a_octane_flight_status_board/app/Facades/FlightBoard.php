<?php

namespace App\Facades;

use App\Services\FlightStatusBoard;
use Illuminate\Support\Facades\Facade;

/**
 * @method static array remember(string $key, int $now, \Closure $resolve)
 */
final class FlightBoard extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return FlightStatusBoard::class;
    }
}
