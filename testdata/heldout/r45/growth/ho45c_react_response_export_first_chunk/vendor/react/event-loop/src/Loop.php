<?php

namespace React\EventLoop;

interface TimerInterface
{
    public function getInterval(): float;

    public function getCallback(): callable;

    public function isPeriodic(): bool;
}

interface LoopInterface
{
    public function addTimer(float $interval, callable $callback): TimerInterface;

    public function addPeriodicTimer(float $interval, callable $callback): TimerInterface;

    public function cancelTimer(TimerInterface $timer): void;

    public function futureTick(callable $listener): void;

    public function run(): void;

    public function stop(): void;
}

final class Timer implements TimerInterface
{
    public float $due;

    public function __construct(private float $interval, private $callback, private bool $periodic, float $now)
    {
        $this->due = $now + $interval;
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

final class StreamSelectLoop implements LoopInterface
{
    private \SplQueue $ticks;
    /** @var array<int, Timer> */
    private array $timers = [];
    private float $now = 0.0;
    private bool $running = false;

    public function __construct()
    {
        $this->ticks = new \SplQueue();
    }

    public function addTimer(float $interval, callable $callback): TimerInterface
    {
        $timer = new Timer($interval, $callback, false, $this->now);
        $this->timers[spl_object_id($timer)] = $timer;

        return $timer;
    }

    public function addPeriodicTimer(float $interval, callable $callback): TimerInterface
    {
        $timer = new Timer($interval, $callback, true, $this->now);
        $this->timers[spl_object_id($timer)] = $timer;

        return $timer;
    }

    public function cancelTimer(TimerInterface $timer): void
    {
        unset($this->timers[spl_object_id($timer)]);
    }

    public function futureTick(callable $listener): void
    {
        $this->ticks->enqueue($listener);
    }

    public function run(): void
    {
        $this->running = true;
        while ($this->running) {
            $pending = count($this->ticks);
            while ($pending-- > 0) {
                ($this->ticks->dequeue())();
            }
            $this->now += 0.005;
            $oneShot = 0;
            foreach ($this->timers as $id => $timer) {
                if (!$timer->isPeriodic()) {
                    $oneShot++;
                }
                if ($timer->due > $this->now) {
                    continue;
                }
                if ($timer->isPeriodic()) {
                    $timer->due = $this->now + $timer->getInterval();
                } else {
                    unset($this->timers[$id]);
                }
                ($timer->getCallback())($timer);
            }
            if (count($this->ticks) === 0 && $oneShot === 0) {
                $this->running = false;
            }
        }
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

    public static function addTimer(float $interval, callable $callback): TimerInterface
    {
        return self::get()->addTimer($interval, $callback);
    }

    public static function addPeriodicTimer(float $interval, callable $callback): TimerInterface
    {
        return self::get()->addPeriodicTimer($interval, $callback);
    }

    public static function cancelTimer(TimerInterface $timer): void
    {
        self::get()->cancelTimer($timer);
    }

    public static function futureTick(callable $listener): void
    {
        self::get()->futureTick($listener);
    }

    public static function run(): void
    {
        self::get()->run();
    }

    public static function stop(): void
    {
        self::get()->stop();
    }
}
