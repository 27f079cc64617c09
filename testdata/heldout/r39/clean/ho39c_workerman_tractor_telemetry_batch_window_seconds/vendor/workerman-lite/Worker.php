<?php

namespace WorkermanLite;

final class TcpConnection
{
    public int $id;
    public string $remoteAddress;
    public int $bytesWritten = 0;

    public function __construct(int $id, string $remoteAddress)
    {
        $this->id = $id;
        $this->remoteAddress = $remoteAddress;
    }

    public function send(string $data): void
    {
        $this->bytesWritten += strlen($data);
    }
}

/**
 * Stand-in for Workerman\Worker: one long-lived process, callbacks set at
 * start, each incoming frame delivered to onMessage on a persistent
 * connection from the machine's telematics gateway.
 */
final class Worker
{
    public ?\Closure $onWorkerStart = null;
    public ?\Closure $onMessage = null;
    public string $name = 'none';

    /** @var list<Worker> */
    private static array $workers = [];

    /** @var \Closure(int): string */
    public static \Closure $feed;

    public function __construct(public readonly string $listen)
    {
        self::$workers[] = $this;
    }

    public static function runAll(int $frames): void
    {
        foreach (self::$workers as $worker) {
            if ($worker->onWorkerStart) {
                ($worker->onWorkerStart)($worker);
            }
            $gateways = [new TcpConnection(1, '10.20.0.11:50122'), new TcpConnection(2, '10.20.0.12:50388')];
            for ($i = 0; $i < $frames; $i++) {
                ($worker->onMessage)($gateways[$i % 2], (self::$feed)($i));
            }
        }
    }
}
