<?php
// A chat server's room keeps an outbound SplQueue; the broadcaster dequeues each message as it sends it.

final class Message
{
    public function __construct(public readonly string $from, public readonly string $text, public readonly int $ts) {}
}

final class Room
{
    private SplQueue $outbound;
    public int $delivered = 0;

    public function __construct(public readonly string $name)
    {
        $this->outbound = new SplQueue();
    }

    public function post(Message $message): void
    {
        $this->outbound->enqueue($message);
    }

    public function broadcast(array $members): void
    {
        while (!$this->outbound->isEmpty()) {
            $this->outbound->dequeue();
            $this->delivered += count($members);
        }
    }
}

final class ChatServer
{
    private array $rooms = [];

    public function room(string $name): Room
    {
        return $this->rooms[$name] ??= new Room($name);
    }

    public function onFrame(string $user, string $frame): void
    {
        $room = $this->room('lobby');
        $room->post(new Message($user, $frame, time()));
        $room->broadcast(['alice', 'bob', $user]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server = new ChatServer();
for ($i = 0; $i < $n; $i++) {
    $server->onFrame("user{$i}", 'hello #' . $i . ' ' . str_repeat('~', 650));
}
