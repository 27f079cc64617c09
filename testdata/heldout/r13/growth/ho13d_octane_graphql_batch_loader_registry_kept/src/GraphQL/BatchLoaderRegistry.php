<?php

declare(strict_types=1);

namespace App\GraphQL;

/**
 * Keeps one batch loader per field path so that all occurrences of a field
 * within one query are resolved with a single repository call.
 */
final class BatchLoaderRegistry
{
    /** @var array<string, object> */
    private static array $instances = [];

    /**
     * @template T of object
     * @param list<string|int> $pathToField
     * @param \Closure(): T $makeInstance
     * @return T
     */
    public static function instance(array $pathToField, \Closure $makeInstance): object
    {
        $key = implode('.', array_filter($pathToField, 'is_string'));

        return self::$instances[$key] ??= $makeInstance();
    }

    public static function forgetInstances(): void
    {
        self::$instances = [];
    }
}
