<?php

namespace App\Chat;

use React\Socket\Connection;
use React\Socket\SocketServer;

final class TypingHub
{
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function notify(string $event, array $args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class ChatSession
{
    private array $lines = [];

    public function __construct(private string $id, private Connection $connection)
    {
    }

    public function onData(string $chunk): void
    {
        $this->lines[] = json_decode($chunk, true);
        $this->connection->write("OK {$this->id}\n");
    }

    public function onTyping(string $who): void
    {
        $this->lines[] = ['typing' => $who];
    }
}

final class ChatGateway
{
    public int $accepted = 0;

    public function __construct(private TypingHub $hub)
    {
    }

    public function listen(SocketServer $socket): void
    {
        $socket->on('connection', $this->accept(...));
    }

    private function accept(Connection $conn): void
    {
        $session = new ChatSession($conn->getRemoteAddress() . '#' . ++$this->accepted, $conn);
        $conn->on('data', $session->onData(...));
    }
}
