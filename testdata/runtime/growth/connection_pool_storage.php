<?php
// A socket server tracks client connections in SplObjectStorage but never detaches closed ones.

final class ClientConnection
{
    public string $readBuffer = '';

    public function __construct(public readonly int $fd, public readonly string $peer) {}

    public function close(): void
    {
        $this->readBuffer = '';
    }
}

final class Server
{
    private SplObjectStorage $clients;

    public function __construct()
    {
        $this->clients = new SplObjectStorage();
    }

    public function onOpen(ClientConnection $conn): void
    {
        $this->clients->attach($conn, ['opened' => microtime(true), 'ua' => str_repeat('Mozilla/5.0 ', 10)]); // leak
    }

    public function onMessage(ClientConnection $conn, string $msg): void
    {
        $conn->readBuffer .= $msg;
    }

    public function onClose(ClientConnection $conn): void
    {
        $conn->close();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server = new Server();
for ($fd = 0; $fd < $n; $fd++) {
    $conn = new ClientConnection($fd, "192.168.0.{$fd}:5000");
    $server->onOpen($conn);
    $server->onMessage($conn, '{"subscribe":"ticker"}');
    $server->onClose($conn);
}
unset($conn);
