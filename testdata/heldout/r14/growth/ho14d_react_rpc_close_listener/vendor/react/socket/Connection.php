<?php

namespace React\Socket;

use Evenement\EventEmitter;

class Connection extends EventEmitter
{
    private bool $closed = false;
    private int $bytesWritten = 0;

    public function __construct(private readonly string $remoteAddress)
    {
    }

    public function getRemoteAddress(): string
    {
        return $this->remoteAddress;
    }

    public function write(string $data): bool
    {
        if ($this->closed) {
            return false;
        }
        $this->bytesWritten += \strlen($data);

        return true;
    }

    public function close(): void
    {
        if ($this->closed) {
            return;
        }
        $this->closed = true;
        $this->emit('close');
    }
}
