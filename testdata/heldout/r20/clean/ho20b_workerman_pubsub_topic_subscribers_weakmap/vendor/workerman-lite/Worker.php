<?php

declare(strict_types=1);

namespace Workerman;

use Workerman\Connection\TcpConnection;

class Worker
{
    /** @var array<int, TcpConnection> */
    public array $connections = [];
    public ?\Closure $onConnect = null;
    public ?\Closure $onMessage = null;
    public ?\Closure $onClose = null;

    public function __construct(public readonly string $socketName)
    {
    }

    public function acceptConnection(TcpConnection $connection): void
    {
        $this->connections[$connection->id] = $connection;
        $connection->onMessage = $this->onMessage;
        $connection->onClose = function (TcpConnection $connection): void {
            unset($this->connections[$connection->id]);
            if ($this->onClose !== null) {
                ($this->onClose)($connection);
            }
        };
        if ($this->onConnect !== null) {
            ($this->onConnect)($connection);
        }
    }

    public function receive(TcpConnection $connection, string $data): void
    {
        if ($connection->onMessage !== null) {
            ($connection->onMessage)($connection, $data);
        }
    }
}
