<?php

namespace App\Services;

use Illuminate\Support\Facades\Facade;

/**
 * @method static array forReport(array $report)
 */
final class Hub extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'hub.schemas';
    }

    public static function schemas(): CapabilitySchemaRegistry
    {
        return static::getFacadeRoot();
    }
}
