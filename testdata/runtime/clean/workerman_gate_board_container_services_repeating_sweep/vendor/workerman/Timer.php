<?php

declare(strict_types=1);

namespace Workerman;

/** Local stand-in for workerman/workerman's Timer, on the worker's virtual clock. */
class Timer
{
    /** @var array<int, array{float, callable, array, bool, float}> */
    private static array $tasks = [];
    private static int $lastId = 0;
    private static float $clock = 0.0;

    public static function add(float $interval, callable $func, array $args = [], bool $persistent = true): int
    {
        self::$tasks[++self::$lastId] = [$interval, $func, $args, $persistent, self::$clock + $interval];
        return self::$lastId;
    }

    public static function now(): float
    {
        return self::$clock;
    }

    /** Advances the clock and runs what is due (the stand-in's event loop). */
    public static function advance(float $seconds): void
    {
        self::$clock += $seconds;
        foreach (self::$tasks as $id => [$interval, $func, $args, $persistent, $due]) {
            if ($due > self::$clock) {
                continue;
            }
            $func(...$args);
            if ($persistent) {
                self::$tasks[$id][4] = self::$clock + $interval;
            } else {
                unset(self::$tasks[$id]);
            }
        }
    }
}
