<?php

declare(strict_types=1);

namespace Workerman;

/**
 * Minimal local stand-in for workerman/workerman's Timer. Time is the
 * worker's virtual clock, advanced by Worker between replayed frames.
 */
class Timer
{
    /** @var array<int, array{float, callable, array, bool, float}> */
    protected static array $tasks = [];
    protected static int $timerId = 0;
    protected static float $now = 0.0;

    public static function add(float $timeInterval, callable $func, array $args = [], bool $persistent = true): int|false
    {
        if ($timeInterval <= 0) {
            return false;
        }
        self::$tasks[++self::$timerId] = [$timeInterval, $func, $args, $persistent, self::$now + $timeInterval];

        return self::$timerId;
    }

    public static function del(int $timerId): bool
    {
        if (!isset(self::$tasks[$timerId])) {
            return false;
        }
        unset(self::$tasks[$timerId]);

        return true;
    }

    public static function tick(float $seconds = 1.0): void
    {
        self::$now += $seconds;
        foreach (self::$tasks as $id => [$interval, $func, $args, $persistent, $runAt]) {
            if ($runAt > self::$now) {
                continue;
            }
            $func(...$args);
            if ($persistent && isset(self::$tasks[$id])) {
                self::$tasks[$id][4] = self::$now + $interval;
            } else {
                unset(self::$tasks[$id]);
            }
        }
    }
}
