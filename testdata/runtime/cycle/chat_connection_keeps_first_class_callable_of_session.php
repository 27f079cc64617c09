<?php
// A matchmaking chat gateway written on a small socket server of its own.
// Each connection gets a session that keeps the connection to answer on,
// and the connection keeps $session->onData(...) among its listeners: a
// first-class callable holds its object, so the two hold each other and
// only the cycle collector frees them once the connection is closed.

final class Connection
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];
    public string $sent = '';

    public function __construct(public readonly string $remote)
    {
    }

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }

    public function write(string $data): void
    {
        $this->sent .= $data;
    }

    public function close(): void
    {
        $this->emit('close');
    }
}

final class SocketServer
{
    /** @var list<callable> */
    private array $onConnection = [];

    public function on(string $event, callable $listener): void
    {
        $this->onConnection[] = $listener;
    }

    public function serve(int $clients): void
    {
        for ($i = 0; $i < $clients; $i++) {
            $conn = new Connection('10.1.' . ($i % 250) . '.' . ($i % 97));
            foreach ($this->onConnection as $listener) {
                $listener($conn);
            }
            $conn->emit('data', [json_encode(['swipe' => 'right', 'profile' => 9000 + $i, 'bio' => str_repeat('hiking ', 40)])]);
            $conn->close();
        }
    }
}

final class ChatSession
{
    private array $swipes = [];

    public function __construct(private Connection $connection) // leak
    {
    }

    public function onData(string $chunk): void
    {
        $this->swipes[] = json_decode($chunk, true);
        $this->connection->write("OK\n");
    }
}

final class Gateway
{
    public int $accepted = 0;

    public function listen(SocketServer $server): void
    {
        $server->on('connection', $this->accept(...));
    }

    private function accept(Connection $conn): void
    {
        $this->accepted++;
        $session = new ChatSession($conn);
        $conn->on('data', $session->onData(...)); // leak
    }
}

$server = new SocketServer();
(new Gateway())->listen($server);
$server->serve((int) (getenv('PHPLEAK_N') ?: 100));
