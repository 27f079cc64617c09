<?php
// Stand-in for revolt/event-loop: delay() keeps a callback until its
// timer is due (here: when the worker runs the due timers after each
// request) unless cancel() drops it first.

namespace Revolt;

final class EventLoop
{
    /** @var array<string, \Closure> */
    private static array $timers = [];
    private static int $next = 0;

    public static function delay(float $seconds, \Closure $callback): string
    {
        $id = 'timer-' . self::$next++;
        self::$timers[$id] = $callback;
        return $id;
    }

    public static function cancel(string $id): void
    {
        unset(self::$timers[$id]);
    }

    public static function runDue(): void
    {
        $due = self::$timers;
        self::$timers = [];
        foreach ($due as $id => $callback) {
            $callback($id);
        }
    }
}
