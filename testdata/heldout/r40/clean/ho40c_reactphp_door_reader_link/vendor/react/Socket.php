<?php

namespace React\Socket;

use Evenement\EventEmitter;

class Connection extends EventEmitter
{
    private bool $closed = false;
    public string $written = '';

    public function __construct(private string $remoteAddress)
    {
    }

    public function getRemoteAddress(): string
    {
        return $this->remoteAddress;
    }

    public function write(string $data): bool
    {
        $this->written = $data;

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
    }
}

class SocketServer extends EventEmitter
{
    public function __construct(public readonly string $uri)
    {
    }
}
