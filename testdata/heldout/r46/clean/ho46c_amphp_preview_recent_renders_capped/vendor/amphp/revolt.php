<?php

namespace Revolt {

    /** Stand-in for Revolt's global event loop: queued callbacks run in fibers. */
    final class EventLoop
    {
        /** @var list<array{0: \Closure, 1: array}> */
        private static array $queue = [];

        public static function queue(\Closure $callback, mixed ...$args): void
        {
            self::$queue[] = [$callback, $args];
        }

        public static function run(): void
        {
            while ($next = array_shift(self::$queue)) {
                [$callback, $args] = $next;
                (new \Fiber($callback))->start(...$args);
            }
        }
    }
}
