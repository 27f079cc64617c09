<?php

namespace Workerman\Connection;

use Workerman\Worker;

class TcpConnection
{
    public static int $idRecorder = 1;

    public int $id;
    public ?Worker $worker = null;
    public string $protocol = 'text';

    public function __construct(private string $remoteAddress)
    {
        $this->id = self::$idRecorder++;
    }

    public function send(mixed $sendBuffer, bool $raw = false): bool|null
    {
        return true;
    }

    public function close(mixed $data = null, bool $raw = false): void
    {
    }

    public function getRemoteIp(): string
    {
        return substr($this->remoteAddress, 0, (int) strrpos($this->remoteAddress, ':'));
    }

    public function getRemotePort(): int
    {
        return (int) substr($this->remoteAddress, (int) strrpos($this->remoteAddress, ':') + 1);
    }
}
