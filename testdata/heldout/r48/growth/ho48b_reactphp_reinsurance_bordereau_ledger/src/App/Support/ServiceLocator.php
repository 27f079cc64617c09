<?php

declare(strict_types=1);

namespace App\Support;

final class ServiceLocator
{
    /** @var array<class-string, object> */
    private static array $services = [];

    public static function set(string $id, object $service): void
    {
        self::$services[$id] = $service;
    }

    /**
     * @template T of object
     * @param class-string<T> $id
     * @return T
     */
    public static function get(string $id): object
    {
        return self::$services[$id] ?? throw new \OutOfBoundsException("Service {$id} not registered");
    }
}
