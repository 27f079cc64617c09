<?php

declare(strict_types=1);

namespace Workerman;

/** Stand-ins for workerman/workerman: a worker with callbacks and a timer wheel. */

final class TcpConnection
{
    public int $bytesSent = 0;

    public function __construct(public readonly int $id, public readonly string $remoteAddress)
    {
    }

    public function send(string $buffer): void
    {
        $this->bytesSent += strlen($buffer);
    }
}

final class Worker
{
    /** @var null|callable(TcpConnection, string): void */
    public $onMessage = null;
    /** @var null|callable(Worker): void */
    public $onWorkerStart = null;

    public function __construct(public readonly string $socketName)
    {
    }
}

final class Timer
{
    /** @var array<int, array{float, callable}> */
    private static array $timers = [];
    private static int $nextId = 1;

    public static function add(float $interval, callable $callback): int
    {
        $id = self::$nextId++;
        self::$timers[$id] = [$interval, $callback];

        return $id;
    }

    public static function del(int $id): void
    {
        unset(self::$timers[$id]);
    }

    /** Called by the event loop; fires every repeating timer once per interval. */
    public static function tick(): void
    {
        foreach (self::$timers as [, $callback]) {
            $callback();
        }
    }
}
