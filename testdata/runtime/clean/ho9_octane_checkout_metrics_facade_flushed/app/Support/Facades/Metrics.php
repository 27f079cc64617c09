<?php

namespace App\Support\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static void record(string $name, float $value, array $tags = [])
 */
final class Metrics extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'metrics';
    }
}
