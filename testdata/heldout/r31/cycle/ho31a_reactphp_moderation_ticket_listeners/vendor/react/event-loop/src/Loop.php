<?php

namespace React\EventLoop;

/** Stand-in for the default loop: only futureTick() and run(). */
final class Loop
{
    private static ?Loop $instance = null;
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
        $ticks = self::get()->ticks;
        while (!$ticks->isEmpty()) {
            ($ticks->dequeue())();
        }
    }
}
