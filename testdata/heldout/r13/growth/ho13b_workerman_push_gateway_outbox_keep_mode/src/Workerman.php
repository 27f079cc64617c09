<?php

declare(strict_types=1);

namespace Workerman\Connection;

/**
 * Stand-in for Workerman's TcpConnection: send() hands the bytes to the
 * socket; here it only counts them.
 */
class TcpConnection
{
    private static int $nextId = 1;

    public int $id;
    public int $bytesWritten = 0;
    public string $remoteAddress;

    public function __construct(string $remoteAddress)
    {
        $this->id = self::$nextId++;
        $this->remoteAddress = $remoteAddress;
    }

    public function send(string $buffer): bool
    {
        $this->bytesWritten += strlen($buffer);

        return true;
    }
}

namespace Workerman;

use Workerman\Connection\TcpConnection;

/**
 * Stand-in for Workerman\Worker: onConnect/onMessage callbacks, and a
 * feed() the event loop would call when a frame arrives.
 */
class Worker
{
    /** @var (callable(TcpConnection): void)|null */
    public $onConnect = null;

    /** @var (callable(TcpConnection, string): void)|null */
    public $onMessage = null;

    public function __construct(public string $socketName)
    {
    }

    public function accept(TcpConnection $connection): void
    {
        if ($this->onConnect !== null) {
            ($this->onConnect)($connection);
        }
    }

    public function feed(TcpConnection $connection, string $frame): void
    {
        ($this->onMessage)($connection, $frame);
    }
}
