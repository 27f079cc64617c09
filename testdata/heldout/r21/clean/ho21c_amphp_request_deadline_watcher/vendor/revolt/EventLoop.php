<?php

declare(strict_types=1);

namespace Revolt;

/**
 * Tiny stand-in for Revolt\EventLoop: deferred callbacks and timers,
 * driven one tick at a time by the server stand-in.
 */
final class EventLoop
{
    /** @var array<string, array{0: float, 1: \Closure}> */
    private static array $timers = [];
    /** @var list<\Closure> */
    private static array $deferred = [];
    private static int $nextId = 0;

    public static function delay(float $seconds, \Closure $closure): string
    {
        $id = 'w' . ++self::$nextId;
        self::$timers[$id] = [hrtime(true) / 1e9 + $seconds, $closure];

        return $id;
    }

    public static function defer(\Closure $closure): void
    {
        self::$deferred[] = $closure;
    }

    public static function cancel(string $id): void
    {
        unset(self::$timers[$id]);
    }

    public static function tick(): void
    {
        while ($closure = array_shift(self::$deferred)) {
            $closure();
        }
        $now = hrtime(true) / 1e9;
        foreach (self::$timers as $id => [$due, $closure]) {
            if ($due <= $now) {
                unset(self::$timers[$id]);
                $closure($id);
            }
        }
    }
}
