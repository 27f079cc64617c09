<?php

namespace React\EventLoop;

interface TimerInterface
{
    public function getInterval();

    public function getCallback();

    public function isPeriodic();
}

interface LoopInterface
{
    public function addReadStream($stream, $listener);

    public function removeReadStream($stream);

    public function addTimer($interval, $callback);

    public function addPeriodicTimer($interval, $callback);

    public function cancelTimer(TimerInterface $timer);

    public function futureTick($listener);

    public function run();

    public function stop();
}

final class Timer implements TimerInterface
{
    public function __construct(private float $interval, private $callback, private bool $periodic = false)
    {
    }

    public function getInterval()
    {
        return $this->interval;
    }

    public function getCallback()
    {
        return $this->callback;
    }

    public function isPeriodic()
    {
        return $this->periodic;
    }
}

/**
 * Stand-in loop: run() calls the future ticks and the one-shot timers once, then runs
 * PHPLEAK_N rounds; in each round every read stream (listening socket) becomes readable once
 * (one incoming connection) and every periodic timer fires once (one interval elapses).
 */
final class StreamSelectLoop implements LoopInterface
{
    /** @var array<int, callable> */
    private array $readListeners = [];
    /** @var \SplObjectStorage<TimerInterface, null> */
    private \SplObjectStorage $timers;
    /** @var list<callable> */
    private array $futureTicks = [];
    private bool $running = false;

    public function __construct()
    {
        $this->timers = new \SplObjectStorage();
    }

    public function addReadStream($stream, $listener)
    {
        $this->readListeners[(int) $stream] = [$stream, $listener];
    }

    public function removeReadStream($stream)
    {
        unset($this->readListeners[(int) $stream]);
    }

    public function addTimer($interval, $callback)
    {
        $timer = new Timer((float) $interval, $callback, false);
        $this->timers->attach($timer);

        return $timer;
    }

    public function addPeriodicTimer($interval, $callback)
    {
        $timer = new Timer((float) $interval, $callback, true);
        $this->timers->attach($timer);

        return $timer;
    }

    public function cancelTimer(TimerInterface $timer)
    {
        $this->timers->detach($timer);
    }

    public function futureTick($listener)
    {
        $this->futureTicks[] = $listener;
    }

    public function run()
    {
        $this->running = true;
        while ($this->futureTicks !== []) {
            (array_shift($this->futureTicks))();
        }
        foreach (iterator_to_array($this->timers, false) as $timer) {
            if (!$timer->isPeriodic()) {
                $this->timers->detach($timer);
                ($timer->getCallback())($timer);
            }
        }
        $rounds = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($round = 0; $round < $rounds && $this->running; $round++) {
            if ($this->readListeners === [] && count($this->timers) === 0) {
                break;
            }
            foreach ($this->readListeners as [$stream, $listener]) {
                $listener($stream);
            }
            foreach (iterator_to_array($this->timers, false) as $timer) {
                ($timer->getCallback())($timer);
            }
        }
        $this->running = false;
    }

    public function stop()
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

    public static function addReadStream($stream, $listener): void
    {
        self::get()->addReadStream($stream, $listener);
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
