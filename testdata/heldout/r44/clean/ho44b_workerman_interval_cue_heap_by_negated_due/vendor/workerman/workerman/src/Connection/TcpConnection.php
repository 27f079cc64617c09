<?php

declare(strict_types=1);

namespace Workerman\Connection;

use Workerman\Worker;

/**
 * Minimal local stand-in for workerman/workerman's TcpConnection.
 */
class TcpConnection
{
    public static int $idRecorder = 1;
    public static int $statistics = 0;

    public int $id;
    public $onMessage = null;
    public $onClose = null;
    public ?Worker $worker;
    protected int $status = 2;

    public function __construct(Worker $worker, protected string $remoteAddress)
    {
        $this->id = self::$idRecorder++;
        $this->worker = $worker;
    }

    public function send(mixed $sendBuffer, bool $raw = false): bool
    {
        if ($this->status !== 2) {
            return false;
        }
        self::$statistics += strlen((string) $sendBuffer);

        return true;
    }

    public function getRemoteAddress(): string
    {
        return $this->remoteAddress;
    }

    public function close(mixed $data = null): void
    {
        if ($data !== null) {
            $this->send($data);
        }
        $this->destroy();
    }

    public function destroy(): void
    {
        if ($this->status === 8) {
            return;
        }
        $this->status = 8;
        if ($this->onClose) {
            ($this->onClose)($this);
        }
        if ($this->worker) {
            unset($this->worker->connections[$this->id]);
        }
        $this->onMessage = $this->onClose = null;
    }
}
