<?php

namespace Workerman\Connection;

use Workerman\Worker;

/**
 * Stand-in for Workerman\Connection\TcpConnection.
 */
class TcpConnection
{
    public static int $idRecorder = 1;

    public int $id;
    public ?Worker $worker = null;
    public string $sendBuffer = '';
    public int $bytesWritten = 0;
    public int $status = 2;

    public function __construct(private string $remoteAddress)
    {
        $this->id = self::$idRecorder++;
    }

    public function getRemoteIp(): string
    {
        return explode(':', $this->remoteAddress)[0];
    }

    public function getRemoteAddress(): string
    {
        return $this->remoteAddress;
    }

    public function send(string $data): bool
    {
        $this->bytesWritten += strlen($data);

        return true;
    }

    public function close(): void
    {
        $this->status = 8;
    }
}
