<?php

declare(strict_types=1);

namespace React\EventLoop;

/**
 * Global loop. Each turn services the listening sockets, then due timers;
 * one turn stands for 200 ms of wall time.
 */
final class Loop
{
    private const TURN_SECONDS = 0.2;

    /** @var array<int, callable> */
    private static array $servers = [];
    /** @var array<int, TimerInterface> */
    private static array $timers = [];
    private static bool $stopped = false;

    public static function addServer(int $id, callable $onTurn): void
    {
        self::$servers[$id] = $onTurn;
    }

    public static function removeServer(int $id): void
    {
        unset(self::$servers[$id]);
    }

    public static function addPeriodicTimer(float $interval, callable $callback): TimerInterface
    {
        $timer = new Timer($interval, $callback, true);
        self::$timers[spl_object_id($timer)] = $timer;

        return $timer;
    }

    public static function cancelTimer(TimerInterface $timer): void
    {
        unset(self::$timers[spl_object_id($timer)]);
    }

    public static function run(): void
    {
        $turns = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($turn = 1; $turn <= $turns && !self::$stopped; $turn++) {
            foreach (self::$servers as $onTurn) {
                $onTurn($turn);
            }
            $now = $turn * self::TURN_SECONDS;
            foreach (self::$timers as $timer) {
                $every = (int) round($timer->getInterval() / self::TURN_SECONDS);
                if ($every > 0 && $turn % $every === 0) {
                    ($timer->getCallback())($timer, $now);
                }
            }
        }
    }

    public static function stop(): void
    {
        self::$stopped = true;
    }
}
