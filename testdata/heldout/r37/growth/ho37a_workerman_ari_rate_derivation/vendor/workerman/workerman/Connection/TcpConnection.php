<?php

namespace Workerman\Connection;

class TcpConnection
{
    public int $bytesWritten = 0;

    public function __construct(private readonly string $remoteAddress)
    {
    }

    public function send(string $buffer): bool
    {
        $this->bytesWritten += strlen($buffer);

        return true;
    }

    public function getRemoteAddress(): string
    {
        return $this->remoteAddress;
    }
}
