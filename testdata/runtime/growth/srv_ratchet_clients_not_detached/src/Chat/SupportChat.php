<?php

namespace App\Chat;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class SupportChat implements MessageComponentInterface
{
    public function __construct(private ClientRegistry $clients)
    {
    }

    public function onOpen(ConnectionInterface $conn)
    {
        $this->clients->add($conn, new ClientInfo($conn->resourceId, $conn->remoteAddress, $conn->httpHeaders['User-Agent'] ?? ''));
    }

    public function onMessage(ConnectionInterface $from, $msg)
    {
        $info = $this->clients->info($from);
        $data = json_decode($msg, true);
        if ($info === null || !is_array($data)) {
            return;
        }
        $info->name = (string) ($data['user'] ?? $info->name);
        $info->lastMessage = (string) ($data['text'] ?? '');
        $outgoing = json_encode(['from' => $info->name, 'text' => $info->lastMessage]);
        foreach ($this->clients->onlineExcept($from) as $client) {
            $client->send($outgoing);
        }
    }

    public function onClose(ConnectionInterface $conn)
    {
        $info = $this->clients->info($conn);
        if ($info !== null) {
            $info->online = false;
        }
    }

    public function onError(ConnectionInterface $conn, \Exception $e)
    {
        $conn->close();
    }
}
