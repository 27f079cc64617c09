<?php

namespace App\Support\Facades;

use App\Support\AuditTrail;
use Illuminate\Support\Facades\Facade;

/**
 * @method static void record(string $event, array $context = [])
 * @method static string channel()
 * @method static int count()
 * @method static array|null last()
 */
final class Audit extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return AuditTrail::class;
    }
}
