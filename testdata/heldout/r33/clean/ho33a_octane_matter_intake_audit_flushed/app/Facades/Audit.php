<?php

namespace App\Facades;

use Illuminate\Lite\Facade;

/**
 * @method static void record(string $action, array $context)
 * @method static void flush()
 */
final class Audit extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'audit';
    }
}
