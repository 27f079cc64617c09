<?php

declare(strict_types=1);

namespace App\Facades;

use OctaneLite\Facade;

/**
 * @method static string remember(string $key, callable $render)
 * @method static void forget(string $key)
 */
final class Fragments extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'fragments';
    }
}
