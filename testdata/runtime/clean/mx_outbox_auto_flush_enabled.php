<?php
// A chat server records domain events in an outbox that publishes only when autoFlush is on; the server enables it at boot.

final class Broker
{
    public int $published = 0;

    public function publish(string $topic, string $body): void
    {
        $this->published++;
    }
}

final class Outbox
{
    /** @var list<array{string, string}> */
    private array $pending = [];
    private bool $autoFlush = false;

    public function __construct(private Broker $broker) {}

    public function setAutoFlush(bool $on): void
    {
        $this->autoFlush = $on;
    }

    public function record(string $topic, string $body): void
    {
        $this->pending[] = [$topic, $body];
        if ($this->autoFlush) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        foreach ($this->pending as [$topic, $body]) {
            $this->broker->publish($topic, $body);
        }
        $this->pending = [];
    }
}

final class ChatRoom
{
    public function __construct(private Outbox $outbox, public readonly string $name) {}

    public function post(string $user, string $text): void
    {
        $this->outbox->record('chat.message_posted', json_encode(['room' => $this->name, 'user' => $user, 'text' => $text]));
    }
}

$outbox = new Outbox(new Broker());
$outbox->setAutoFlush(true);
$room = new ChatRoom($outbox, 'general');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $room->post("user-{$i}", str_repeat('hello everyone ', 45));
}
