<?php
namespace Ratchet;

interface MessageComponentInterface
{
    public function onOpen(ConnectionInterface $conn);

    public function onClose(ConnectionInterface $conn);

    public function onError(ConnectionInterface $conn, \Exception $e);

    public function onMessage(ConnectionInterface $from, $msg);
}
