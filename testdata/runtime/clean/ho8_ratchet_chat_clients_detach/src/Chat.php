<?php

declare(strict_types=1);

namespace MyApp;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

class Chat implements MessageComponentInterface
{
    protected \SplObjectStorage $clients;

    public function __construct()
    {
        $this->clients = new \SplObjectStorage();
    }

    public function onOpen(ConnectionInterface $conn)
    {
        $this->clients->attach($conn, ['joined' => time(), 'nick' => "guest{$conn->resourceId}"]);
    }

    public function onMessage(ConnectionInterface $from, $msg)
    {
        if (str_starts_with($msg, '/nick ')) {
            $this->clients[$from] = ['joined' => $this->clients[$from]['joined'], 'nick' => substr($msg, 6)];
            return;
        }
        foreach ($this->clients as $client) {
            if ($from !== $client) {
                $client->send($this->clients[$from]['nick'] . ': ' . $msg);
            }
        }
    }

    public function onClose(ConnectionInterface $conn)
    {
        $nick = $this->clients[$conn]['nick'];
        $this->clients->detach($conn);
        foreach ($this->clients as $client) {
            $client->send("* {$nick} left");
        }
    }

    public function onError(ConnectionInterface $conn, \Exception $e)
    {
        $conn->close();
    }
}
