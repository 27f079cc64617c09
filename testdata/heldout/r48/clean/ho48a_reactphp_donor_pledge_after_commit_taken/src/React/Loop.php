<?php

namespace React\EventLoop;

/**
 * Stand-in for React\EventLoop\Loop: one loop per process, reached through
 * static accessors, running future ticks until there is nothing left to do.
 */
final class Loop
{
    private static ?self $instance = null;

    private \SplQueue $ticks;

    private function __construct()
    {
        $this->ticks = new \SplQueue();
    }

    public static function get(): self
    {
        return self::$instance ??= new self();
    }

    public static function futureTick(callable $listener): void
    {
        self::get()->ticks->enqueue($listener);
    }

    public static function run(): void
    {
        $loop = self::get();
        while (!$loop->ticks->isEmpty()) {
            ($loop->ticks->dequeue())();
        }
    }
}
