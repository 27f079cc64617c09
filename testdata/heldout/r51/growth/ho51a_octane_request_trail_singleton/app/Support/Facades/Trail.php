<?php

namespace App\Support\Facades;

use App\Support\RequestTrail;
use Illuminate\Support\Facades\Facade;

/**
 * @method static void record(string $event, array $context = [])
 * @method static int count()
 * @method static array|null first()
 * @method static array|null last()
 */
class Trail extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return RequestTrail::class;
    }
}
