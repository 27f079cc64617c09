<?php
// Stand-in for Workerman's Timer: the event loop keeps each timer until
// Timer::del().

namespace Workerman;

final class Timer
{
    /** @var array<int, array{float, \Closure}> */
    private static array $timers = [];
    private static int $next = 1;

    public static function add(float $interval, \Closure $callback): int
    {
        $id = self::$next++;
        self::$timers[$id] = [$interval, $callback]; // leak

        return $id;
    }

    public static function del(int $id): bool
    {
        unset(self::$timers[$id]);

        return true;
    }
}
