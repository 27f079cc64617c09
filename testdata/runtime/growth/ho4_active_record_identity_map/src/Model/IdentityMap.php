<?php
declare(strict_types=1);

namespace Api\Model;

/**
 * Makes sure the same row is represented by the same object while it is in use.
 */
trait IdentityMap
{
    /** @var array<class-string, array<string|int, static>> */
    protected static array $identityMap = [];

    protected static function fromIdentityMap(string|int $id): ?static
    {
        return static::$identityMap[static::class][$id] ?? null;
    }

    protected static function remember(string|int $id, self $model): void
    {
        static::$identityMap[static::class][$id] = $model; // leak
    }

    public static function forget(string|int $id): void
    {
        unset(static::$identityMap[static::class][$id]);
    }
}
