<?php
// Stand-in for react/event-loop: timers live in the loop until they fire
// or are cancelled; future ticks are drained on every tick.

namespace React\EventLoop;

interface TimerInterface
{
    public function getInterval(): float;
    public function getCallback(): callable;
    public function isPeriodic(): bool;
}

final class Timer implements TimerInterface
{
    public readonly float $scheduledAt;

    public function __construct(private float $interval, private $callback, private bool $periodic = false)
    {
        $this->scheduledAt = microtime(true) + $interval;
    }

    public function getInterval(): float
    {
        return $this->interval;
    }

    public function getCallback(): callable
    {
        return $this->callback;
    }

    public function isPeriodic(): bool
    {
        return $this->periodic;
    }
}

final class StreamSelectLoop
{
    private \SplObjectStorage $timers;
    private \SplQueue $futureTicks;

    public function __construct()
    {
        $this->timers = new \SplObjectStorage();
        $this->futureTicks = new \SplQueue();
    }

    public function addTimer(float $interval, callable $callback): TimerInterface
    {
        $timer = new Timer($interval, $callback);
        $this->timers->attach($timer); // leak
        return $timer;
    }

    public function cancelTimer(TimerInterface $timer): void
    {
        $this->timers->detach($timer);
    }

    public function futureTick(callable $listener): void
    {
        $this->futureTicks->enqueue($listener);
    }

    /** One pass of the loop: drain future ticks, then fire due timers. */
    public function tick(): void
    {
        while (!$this->futureTicks->isEmpty()) {
            ($this->futureTicks->dequeue())();
        }
        $now = microtime(true);
        foreach (iterator_to_array($this->timers, false) as $timer) {
            if ($timer->scheduledAt <= $now) {
                $this->timers->detach($timer);
                ($timer->getCallback())($timer);
            }
        }
    }
}

final class Loop
{
    private static ?StreamSelectLoop $instance = null;

    public static function get(): StreamSelectLoop
    {
        return self::$instance ??= new StreamSelectLoop();
    }
}
