<?php

declare(strict_types=1);

namespace Workerman;

/** Minimal stand-in for Workerman\Worker / Timer: no sockets, one event loop tick per message. */
final class Timer
{
    /** @var array<int, array{float, callable}> */
    private static array $timers = [];
    private static int $nextId = 1;

    public static function add(float $interval, callable $callback): int
    {
        self::$timers[self::$nextId] = [$interval, $callback];

        return self::$nextId++;
    }

    public static function del(int $id): void
    {
        unset(self::$timers[$id]);
    }

    public static function tick(): void
    {
        foreach (self::$timers as [, $callback]) {
            $callback();
        }
    }
}

final class TcpConnection
{
    public string $lastSent = '';

    public function __construct(public readonly int $id)
    {
    }

    public function send(string $buffer): void
    {
        $this->lastSent = $buffer;
    }
}

final class Worker
{
    /** @var (callable(Worker): void)|null */
    public $onWorkerStart = null;
    /** @var (callable(TcpConnection, array): void)|null */
    public $onMessage = null;

    public function __construct(public readonly string $listen)
    {
    }

    /** @param callable(int): array $nextRequest */
    public function serve(int $requests, callable $nextRequest): void
    {
        if ($this->onWorkerStart !== null) {
            ($this->onWorkerStart)($this);
        }
        for ($i = 0; $i < $requests; $i++) {
            $connection = new TcpConnection($i);
            ($this->onMessage)($connection, $nextRequest($i));
            Timer::tick();
        }
    }
}
