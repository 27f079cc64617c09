<?php

namespace Workerman\Connection;

class TcpConnection
{
    public string $sendBuffer = '';
    public int $bytesWritten = 0;

    public function __construct(public readonly int $id, public readonly string $remoteAddress)
    {
    }

    public function send(string $data): void
    {
        $this->bytesWritten += strlen($data);
    }
}
