<?php

namespace Forum\Container;

/** Minimal service locator the legacy moderation code reaches for. */
final class Services
{
    /** @var array<class-string, object> */
    private static array $shared = [];

    /** @var array<class-string, \Closure> */
    private static array $factories = [];

    public static function define(string $id, \Closure $factory): void
    {
        self::$factories[$id] = $factory;
    }

    /**
     * @template T of object
     * @param class-string<T> $id
     * @return T
     */
    public static function get(string $id): object
    {
        return self::$shared[$id] ??= (self::$factories[$id])();
    }
}
