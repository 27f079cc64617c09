<?php
declare(strict_types=1);

namespace Ratchet;

// Stand-ins for cboden/ratchet's component contracts.
interface ConnectionInterface
{
    public function send(string $data): void;

    public function close(): void;
}

interface MessageComponentInterface
{
    public function onOpen(ConnectionInterface $conn): void;

    public function onMessage(ConnectionInterface $from, string $msg): void;

    public function onClose(ConnectionInterface $conn): void;

    public function onError(ConnectionInterface $conn, \Throwable $e): void;
}

final class WsConnection implements ConnectionInterface
{
    public int $bytesOut = 0;

    public function __construct(public readonly int $resourceId, public readonly string $remoteAddress)
    {
    }

    public function send(string $data): void
    {
        $this->bytesOut += strlen($data);
    }

    public function close(): void
    {
    }
}
