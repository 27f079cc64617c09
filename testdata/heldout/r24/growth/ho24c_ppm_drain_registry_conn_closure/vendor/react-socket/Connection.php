<?php

namespace React\Socket;

use Evenement\EventEmitter;

class Connection extends EventEmitter
{
    private bool $closed = false;
    private string $outgoing = '';

    public function __construct(private string $remoteAddress, private string $incoming)
    {
    }

    public function getRemoteAddress(): string
    {
        return $this->remoteAddress;
    }

    public function read(): string
    {
        $data = $this->incoming;
        $this->incoming = '';
        if ($data === '') {
            $this->emit('end');
        }

        return $data;
    }

    public function write(string $data): bool
    {
        if ($this->closed) {
            return false;
        }
        $this->outgoing .= $data;

        return true;
    }

    public function end(string $data = ''): void
    {
        $this->write($data);
        $this->close();
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

    public function isClosed(): bool
    {
        return $this->closed;
    }
}
