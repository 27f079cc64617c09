<?php

declare(strict_types=1);

namespace React\Socket;

use Evenement\EventEmitterInterface;

interface ConnectionInterface extends EventEmitterInterface
{
    public function getRemoteAddress(): ?string;

    public function isWritable(): bool;

    public function write($data): bool;

    public function end($data = null): void;

    public function close(): void;
}
