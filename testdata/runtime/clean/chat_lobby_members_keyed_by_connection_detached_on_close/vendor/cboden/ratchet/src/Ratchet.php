<?php

namespace Ratchet;

interface ConnectionInterface
{
    public function send($data);

    public function close();
}

interface MessageComponentInterface
{
    public function onOpen(ConnectionInterface $conn);

    public function onMessage(ConnectionInterface $from, $msg);

    public function onClose(ConnectionInterface $conn);

    public function onError(ConnectionInterface $conn, \Exception $e);
}

final class Connection implements ConnectionInterface
{
    public function __construct(public readonly int $resourceId)
    {
    }

    public function send($data)
    {
        return $this;
    }

    public function close()
    {
    }
}

final class IoServer
{
    public function __construct(private readonly MessageComponentInterface $app)
    {
    }

    public function run(int $connections): void
    {
        for ($i = 0; $i < $connections; $i++) {
            $conn = new Connection($i);
            $this->app->onOpen($conn);
            $this->app->onMessage($conn, '{"nick":"guest' . $i . '"}');
            $this->app->onClose($conn);
        }
    }
}
