<?php

namespace Workerman;

use Workerman\Connection\TcpConnection;

/**
 * Stand-in for Workerman\Worker: keeps the open connections and invokes
 * the onConnect / onMessage / onClose callbacks the application set.
 */
class Worker
{
    /** @var callable|null */
    public $onConnect = null;
    /** @var callable|null */
    public $onMessage = null;
    /** @var callable|null */
    public $onClose = null;

    /** @var array<int, TcpConnection> */
    public array $connections = [];

    public function __construct(public string $socketName = '')
    {
    }

    public function acceptConnection(TcpConnection $connection): void
    {
        $connection->worker = $this;
        $this->connections[$connection->id] = $connection;
        if ($this->onConnect) {
            ($this->onConnect)($connection);
        }
    }

    public function receive(TcpConnection $connection, string $buffer): void
    {
        if ($this->onMessage) {
            ($this->onMessage)($connection, $buffer);
        }
    }

    public function destroyConnection(TcpConnection $connection): void
    {
        $connection->close();
        if ($this->onClose) {
            ($this->onClose)($connection);
        }
        unset($this->connections[$connection->id]);
        $connection->worker = null;
    }
}
