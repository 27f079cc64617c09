<?php
namespace React\Stream;

use Evenement\EventEmitter;

/**
 * Stand-in for react/stream's ThroughStream, used as the body of a
 * streaming (server-sent events) response.
 */
final class ThroughStream extends EventEmitter
{
    private bool $readable = true;
    private bool $writable = true;
    private bool $closed = false;
    private int $bytesWritten = 0;

    public function isWritable(): bool
    {
        return $this->writable;
    }

    public function write(string $data): bool
    {
        if (!$this->writable) {
            return false;
        }
        $this->bytesWritten += strlen($data);
        $this->emit('data', [$data]);

        return true;
    }

    public function end(?string $data = null): void
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
        $this->readable = $this->writable = false;
        $this->closed = true;
        $this->emit('close');
        $this->removeAllListeners();
    }
}
