<?php

declare(strict_types=1);

namespace React\Socket;

use Evenement\EventEmitter;

class Connection extends EventEmitter implements ConnectionInterface
{
    private bool $closed = false;
    private int $bytesWritten = 0;

    public function __construct(private readonly string $remoteAddress, private readonly string $localAddress)
    {
    }

    public function getRemoteAddress(): ?string
    {
        return $this->closed ? null : $this->remoteAddress;
    }

    public function getLocalAddress(): ?string
    {
        return $this->closed ? null : $this->localAddress;
    }

    public function isWritable(): bool
    {
        return !$this->closed;
    }

    public function write($data): bool
    {
        if ($this->closed) {
            return false;
        }
        $this->bytesWritten += strlen((string) $data);

        return true;
    }

    public function end($data = null): void
    {
        if ($data !== null) {
            $this->write($data);
        }
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
}
