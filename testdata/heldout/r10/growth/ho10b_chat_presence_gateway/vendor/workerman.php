<?php

declare(strict_types=1);

namespace Workerman\Connection;

class TcpConnection
{
    public static int $nextId = 1;

    public int $id;
    public string $recvBuffer = '';
    public int $bytesWritten = 0;
    public array $handshakeHeaders = [];

    public function __construct(public string $remoteAddress)
    {
        $this->id = self::$nextId++;
    }

    public function send(string $payload): void
    {
        $this->bytesWritten += strlen($payload);
    }

    public function close(): void
    {
        $this->recvBuffer = '';
    }
}

namespace Workerman;

use Workerman\Connection\TcpConnection;

class Worker
{
    /** @var callable|null */
    public $onConnect;
    /** @var callable|null */
    public $onMessage;
    /** @var callable|null */
    public $onClose;

    public int $count = 1;

    public function __construct(public string $socketName)
    {
    }

    /**
     * Stand-in for the event loop: replays a scripted stream of client sessions
     * (connect, one or more frames, close) against the registered callbacks.
     *
     * @param iterable<array{headers: array<string,string>, frames: list<string>, addr: string}> $sessions
     */
    public function runSessions(iterable $sessions): void
    {
        foreach ($sessions as $session) {
            $connection = new TcpConnection($session['addr']);
            $connection->handshakeHeaders = $session['headers'];
            if ($this->onConnect) {
                ($this->onConnect)($connection);
            }
            foreach ($session['frames'] as $frame) {
                $connection->recvBuffer = $frame;
                if ($this->onMessage) {
                    ($this->onMessage)($connection, $frame);
                }
            }
            if ($this->onClose) {
                ($this->onClose)($connection);
            }
            $connection->close();
        }
    }
}
