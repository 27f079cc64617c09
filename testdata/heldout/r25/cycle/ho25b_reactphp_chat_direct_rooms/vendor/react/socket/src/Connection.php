<?php

namespace React\Socket;

use Evenement\EventEmitter;

/** Stand-in for React\Socket\Connection: buffered writes, close() drops listeners. */
class Connection extends EventEmitter
{
    public array $written = [];
    private bool $closed = false;

    public function __construct(private readonly string $remote)
    {
    }

    public function getRemoteAddress(): string
    {
        return $this->remote;
    }

    public function write(string $data): bool
    {
        if ($this->closed) {
            return false;
        }
        $this->written[] = $data;
        return true;
    }

    public function close(): void
    {
        if ($this->closed) {
            return;
        }
        $this->closed = true;
        $this->emit('close');
        $this->removeAllListeners();
        $this->written = [];
    }
}

/** Stand-in for React\Socket\SocketServer: accept() is what the loop would do. */
class SocketServer extends EventEmitter
{
    public function __construct(public readonly string $uri)
    {
    }

    public function accept(Connection $connection): void
    {
        $this->emit('connection', [$connection]);
    }
}
