<?php
// A socket server keeps its open connections by id and forgets one when
// it closes. The message handler is an invokable object made into a
// callable with $handler(...); when the client says goodbye it only marks
// the connection idle, and nothing closes it.

final class Connection
{
    public array $session = [];
    private bool $closed = false;
    public bool $idle = false;

    public function __construct(public readonly int $id, private readonly Server $server) {}

    public function receive(string $frame): void
    {
        $this->server->dispatch($this, json_decode($frame, true));
    }

    public function close(): void
    {
        if (!$this->closed) {
            $this->closed = true;
            $this->server->forget($this);
        }
    }
}

final class Server
{
    private array $open = [];
    private int $next = 1;
    public ?Closure $onMessage = null;

    public function accept(): Connection
    {
        $connection = new Connection($this->next++, $this);
        $this->open[$connection->id] = $connection; // leak

        return $connection;
    }

    public function dispatch(Connection $connection, array $message): void
    {
        if ($this->onMessage !== null) {
            ($this->onMessage)($connection, $message);
        }
    }

    public function forget(Connection $connection): void
    {
        unset($this->open[$connection->id]);
    }
}

final class AgentHandler
{
    public function __invoke(Connection $connection, array $message): void
    {
        $connection->session['host'] = $message['host'] ?? 'unknown';
        $connection->session['labels'] ??= $message['labels'] ?? null;
        if (($message['bye'] ?? false) === true) {
            $connection->idle = true;
        }
    }
}

$server = new Server();
$server->onMessage = (new AgentHandler())(...);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = $server->accept();
    $connection->receive(json_encode(['host' => sprintf('node-%05d', $i), 'labels' => str_repeat('role=web,', 60)]));
    $connection->receive(json_encode(['bye' => true]));
    unset($connection);
}
