<?php

declare(strict_types=1);

namespace Workerman;

final class Timer
{
    private static array $tasks = [];
    private static int $nextId = 1;
    private static float $now = 1700000000.0;

    public static function now(): float
    {
        return self::$now;
    }

    public static function advance(float $seconds): void
    {
        self::$now += $seconds;
    }

    public static function add(float $interval, callable $callback, bool $persistent = true): int
    {
        $id = self::$nextId++;
        self::$tasks[$id] = ['interval' => $interval, 'next' => self::now() + $interval, 'callback' => $callback, 'persistent' => $persistent];

        return $id;
    }

    public static function del(int $id): bool
    {
        $known = isset(self::$tasks[$id]);
        unset(self::$tasks[$id]);

        return $known;
    }

    public static function tick(): void
    {
        $now = self::now();
        foreach (self::$tasks as $id => $task) {
            if ($task['next'] > $now) {
                continue;
            }
            ($task['callback'])();
            if ($task['persistent'] && isset(self::$tasks[$id])) {
                self::$tasks[$id]['next'] = $now + $task['interval'];
            } else {
                unset(self::$tasks[$id]);
            }
        }
    }
}
