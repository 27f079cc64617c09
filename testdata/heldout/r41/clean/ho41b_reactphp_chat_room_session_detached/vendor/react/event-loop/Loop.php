<?php
declare(strict_types=1);

namespace React\EventLoop;

/** Stand-in for React\EventLoop\Loop: a queue of ticks run until empty. */
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

    public function futureTick(callable $tick): void
    {
        $this->ticks->enqueue($tick);
    }

    public function run(): void
    {
        while (!$this->ticks->isEmpty()) {
            ($this->ticks->dequeue())();
        }
    }
}
