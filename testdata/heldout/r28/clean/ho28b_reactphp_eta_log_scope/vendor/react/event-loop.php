<?php
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
            $count = $this->futureTicks->count();
            while ($count-- > 0) {
                ($this->futureTicks->dequeue())();
            }
        }
        $this->running = false;
    }

    public function stop(): void
    {
        $this->running = false;
    }
}

final class Loop
{
    private static ?StreamSelectLoop $instance = null;

    public static function get(): StreamSelectLoop
    {
        return self::$instance ??= new StreamSelectLoop();
    }

    public static function futureTick(callable $listener): void
    {
        self::get()->futureTick($listener);
    }

    public static function run(): void
    {
        self::get()->run();
    }
}
