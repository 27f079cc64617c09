<?php

namespace Illuminate\Support\Facades;

/**
 * @method static mixed remember(string $key, int $ttl, \Closure $callback)
 * @method static mixed get(string $key, mixed $default = null)
 * @method static bool put(string $key, mixed $value, int $ttl)
 */
class Cache extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'cache';
    }
}
