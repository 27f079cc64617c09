<?php

namespace React\EventLoop;

interface LoopInterface
{
    public function futureTick(callable $listener): void;

    public function run(): void;

    public function stop(): void;
}

final class StreamSelectLoop implements LoopInterface
{
    /** @var list<callable> */
    private array $ticks = [];
    private bool $running = false;

    public function futureTick(callable $listener): void
    {
        $this->ticks[] = $listener;
    }

    public function run(): void
    {
        $this->running = true;
        while ($this->running && $this->ticks) {
            $tick = array_shift($this->ticks);
            $tick();
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
    private static ?LoopInterface $instance = null;

    public static function get(): LoopInterface
    {
        return self::$instance ??= new StreamSelectLoop();
    }

    public static function futureTick(callable $listener): void
    {
        self::get()->futureTick($listener);
    }
}
