<?php

declare(strict_types=1);

namespace GuzzleHttp\Promise;

final class Utils
{
    private static ?TaskQueue $queue = null;

    /**
     * Get the global task queue used for promise resolution.
     *
     * This task queue MUST be run in an event loop in order for promises to be
     * settled asynchronously.
     */
    public static function queue(?TaskQueue $assign = null): TaskQueue
    {
        if ($assign) {
            self::$queue = $assign;
        } elseif (self::$queue === null) {
            self::$queue = new TaskQueue(false);
        }

        return self::$queue;
    }

    /**
     * Creates a promise for a value if the value is not a promise.
     */
    public static function promiseFor(mixed $value): PromiseInterface
    {
        if ($value instanceof PromiseInterface) {
            return $value;
        }

        $p = new Promise();
        $p->resolve($value);

        return $p;
    }
}
