<?php

declare(strict_types=1);

namespace Workerman\Connection;

class TcpConnection
{
    public int $bytesWritten = 0;

    public function __construct(public readonly int $id, private readonly string $remoteAddress)
    {
    }

    public function getRemoteAddress(): string
    {
        return $this->remoteAddress;
    }

    public function send(mixed $buffer): bool
    {
        $this->bytesWritten += strlen((string) $buffer);

        return true;
    }
}
