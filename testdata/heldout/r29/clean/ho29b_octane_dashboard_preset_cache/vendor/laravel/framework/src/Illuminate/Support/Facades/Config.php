<?php

namespace Illuminate\Support\Facades;

/**
 * @method static mixed get(string $key, mixed $default = null)
 */
class Config extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'config';
    }
}
