<?php

namespace React\EventLoop;

final class Loop
{
    private static ?Loop $instance = null;

    private \SplQueue $futureTicks;

    public function __construct()
    {
        $this->futureTicks = new \SplQueue();
    }

    public static function get(): Loop
    {
        return self::$instance ??= new Loop();
    }

    public function futureTick(callable $listener): void
    {
        $this->futureTicks->enqueue($listener);
    }

    public function run(): void
    {
        while (!$this->futureTicks->isEmpty()) {
            $listener = $this->futureTicks->dequeue();
            $listener();
        }
    }
}
