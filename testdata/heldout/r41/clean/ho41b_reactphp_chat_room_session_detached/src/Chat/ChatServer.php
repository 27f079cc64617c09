<?php
declare(strict_types=1);

namespace App\Chat;

use React\Socket\ConnectionInterface;
use React\Socket\SocketServer;

final class ChatServer
{
    /** @var array<string, ChatSession> */
    private array $sessions = [];
    private int $accepted = 0;

    public function __construct(private readonly RoomDirectory $directory)
    {
    }

    public function listen(SocketServer $socket): void
    {
        $socket->on('connection', $this->accept(...));
    }

    private function accept(ConnectionInterface $conn): void
    {
        $id = $this->sessionId($conn);
        $session = new ChatSession($id, $conn, $this->directory);
        $this->sessions[$id] = $session;

        $conn->on('data', $session->onData(...));
        $conn->on('close', function () use ($id): void {
            $this->disconnect($id);
        });
    }

    private function disconnect(string $id): void
    {
        $session = $this->sessions[$id] ?? null;
        if ($session === null) {
            return;
        }
        $this->directory->leaveAll($session);
        $session->detach();
        unset($this->sessions[$id]);
    }

    private function sessionId(ConnectionInterface $conn): string
    {
        return sprintf('%s#%d', $conn->getRemoteAddress(), ++$this->accepted);
    }
}
