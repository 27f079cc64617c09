<?php

namespace App\Support\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static bool enabled(string $flagKey, \App\Flags\EvaluationContext $context)
 * @method static string variant(string $flagKey, \App\Flags\EvaluationContext $context)
 */
final class Feature extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'features';
    }
}
