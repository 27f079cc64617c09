<?php

declare(strict_types=1);

namespace Workerman\Connection;

class TcpConnection
{
    public static int $idRecorder = 1;

    public int $id;
    public ?\Closure $onMessage = null;
    public ?\Closure $onClose = null;
    public string $sendBuffer = '';

    public function __construct(public readonly string $remoteAddress)
    {
        $this->id = self::$idRecorder++;
    }

    public function send(string $buffer): bool
    {
        $this->sendBuffer .= $buffer;
        return true;
    }

    public function destroy(): void
    {
        if ($this->onClose !== null) {
            ($this->onClose)($this);
        }
        $this->onMessage = $this->onClose = null;
    }
}
