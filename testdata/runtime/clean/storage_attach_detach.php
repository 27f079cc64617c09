<?php
// A socket server attaches clients to SplObjectStorage on open and detaches them on close.

final class Client
{
    public function __construct(public readonly int $id, public string $buffer = '') {}
}

final class ChatServer
{
    private SplObjectStorage $clients;

    public function __construct()
    {
        $this->clients = new SplObjectStorage();
    }

    public function open(Client $c): void
    {
        $this->clients->attach($c, ['joined' => time(), 'nick' => str_repeat('guest', 20)]);
    }

    public function message(Client $c, string $text): void
    {
        foreach ($this->clients as $other) {
            if ($other !== $c) {
                $other->buffer .= $text;
            }
        }
    }

    public function close(Client $c): void
    {
        $this->clients->detach($c);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server = new ChatServer();
for ($i = 0; $i < $n; $i++) {
    $client = new Client($i);
    $server->open($client);
    $server->message($client, "hi from {$i}");
    $server->close($client);
}
unset($client);
