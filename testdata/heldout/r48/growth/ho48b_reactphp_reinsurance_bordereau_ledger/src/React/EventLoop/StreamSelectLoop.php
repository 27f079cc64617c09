<?php

declare(strict_types=1);

namespace React\EventLoop;

final class StreamSelectLoop
{
    private \SplQueue $futureTicks;
    private bool $running = false;

    public function __construct()
    {
        $this->futureTicks = new \SplQueue();
    }

    public function futureTick(callable $listener): void
    {
        $this->futureTicks->enqueue($listener);
    }

    public function run(): void
    {
        $this->running = true;
        while ($this->running && !$this->futureTicks->isEmpty()) {
            $listener = $this->futureTicks->dequeue();
            $listener();
        }
        $this->running = false;
    }

    public function stop(): void
    {
        $this->running = false;
    }
}
