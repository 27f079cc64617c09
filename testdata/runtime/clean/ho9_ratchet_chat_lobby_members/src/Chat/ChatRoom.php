<?php
namespace App\Chat;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class ChatRoom implements MessageComponentInterface
{
    private \SplObjectStorage $clients;

    public function __construct()
    {
        $this->clients = new \SplObjectStorage();
    }

    public function onOpen(ConnectionInterface $conn)
    {
        $nick = 'guest-' . $conn->resourceId;
        $this->clients->attach($conn, new Member($nick, $conn->httpHeaders['User-Agent'] ?? '', time()));
    }

    public function onMessage(ConnectionInterface $from, $msg)
    {
        $payload = json_encode(['from' => $this->clients[$from]->nick, 'text' => $msg]);
        $from->send($payload);
    }

    public function onClose(ConnectionInterface $conn)
    {
        $member = $this->clients[$conn];
        $conn->send(json_encode(['bye' => $member->nick]));
        $this->clients->detach($conn);
    }

    public function onError(ConnectionInterface $conn, \Exception $e)
    {
        $conn->close();
    }
}
