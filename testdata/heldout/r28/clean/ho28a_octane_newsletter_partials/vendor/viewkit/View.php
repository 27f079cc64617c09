<?php

namespace ViewKit;

/**
 * Static facade over the factory bound at worker boot.
 *
 * @method static void pushScope(array $data)
 * @method static void popScope()
 * @method static string render(string $name, array $data = [])
 * @method static void register(string $name, string $source)
 */
final class View
{
    private static ?Factory $root = null;

    public static function swap(Factory $factory): void
    {
        self::$root = $factory;
    }

    public static function getFacadeRoot(): Factory
    {
        return self::$root ??= new Factory();
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return self::getFacadeRoot()->$method(...$args);
    }
}
