<?php

namespace Chat;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class Member
{
    public function __construct(
        public readonly ConnectionInterface $connection,
        public readonly string $nick,
        public readonly string $profile,
    ) {
    }
}

final class Lobby implements MessageComponentInterface
{
    private \SplObjectStorage $present;

    public function __construct()
    {
        $this->present = new \SplObjectStorage();
    }

    public function onOpen(ConnectionInterface $conn)
    {
        $conn->send('welcome');
    }

    public function onMessage(ConnectionInterface $from, $msg)
    {
        $hello = json_decode($msg, true);
        $member = new Member($from, (string) ($hello['nick'] ?? 'guest'), str_repeat('about me ', 60));
        $this->present->attach($member, $member->nick); // leak
    }

    public function onClose(ConnectionInterface $conn)
    {
        $this->present->detach($conn);
    }

    public function onError(ConnectionInterface $conn, \Exception $e)
    {
        $conn->close();
    }
}
