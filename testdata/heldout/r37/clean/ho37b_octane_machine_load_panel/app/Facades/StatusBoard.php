<?php

namespace App\Facades;

use App\Services\MachineStatusBoard;
use Illuminate\Support\Facades\Facade;

/**
 * @method static void record(string $key, array $reading)
 * @method static array snapshot(string $key)
 */
class StatusBoard extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return MachineStatusBoard::class;
    }
}
