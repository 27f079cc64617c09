<?php
declare(strict_types=1);

namespace React\Socket;

use Evenement\EventEmitterInterface;
use Evenement\EventEmitterTrait;

interface ConnectionInterface extends EventEmitterInterface
{
    public function getRemoteAddress(): ?string;
    public function write(string $data): bool;
    public function close(): void;
}

final class Connection implements ConnectionInterface
{
    use EventEmitterTrait;

    private bool $closed = false;
    private string $outgoing = '';

    public function __construct(private string $remote)
    {
    }

    public function getRemoteAddress(): ?string
    {
        return $this->remote;
    }

    public function write(string $data): bool
    {
        if ($this->closed) {
            return false;
        }
        // A real stream hands the bytes to the kernel; keep only the last frame.
        $this->outgoing = $data;
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
