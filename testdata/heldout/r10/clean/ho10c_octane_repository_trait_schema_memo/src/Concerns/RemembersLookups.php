<?php

declare(strict_types=1);

namespace App\Concerns;

/**
 * Process-wide memo shared by all instances of the using repository, so
 * repeated lookups inside the same worker skip the database round trip.
 */
trait RemembersLookups
{
    protected static array $remembered = [];

    protected function remember(string $key, \Closure $resolver): mixed
    {
        if (!array_key_exists($key, static::$remembered)) {
            static::$remembered[$key] = $resolver();
        }

        return static::$remembered[$key];
    }
}
