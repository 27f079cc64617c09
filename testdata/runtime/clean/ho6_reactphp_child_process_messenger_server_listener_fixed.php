<?php
// A ReactPHP pool spawns a child process per RPC and waits on a socket server for the child to connect back; the server's connection listener is removed right after close(), breaking the server/listener cycle.
// https://github.com/WyriHaximus/reactphp-child-process-messenger/pull/113

trait EventEmitterTrait
{
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function removeAllListeners(?string $event = null): void
    {
        if ($event === null) {
            $this->listeners = [];
        } else {
            unset($this->listeners[$event]);
        }
    }

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class Connection
{
    public function __construct(public readonly string $peer) {}
}

final class SocketServer
{
    use EventEmitterTrait;

    public bool $listening = true;

    public function __construct(public readonly string $address, public readonly string $handshakeToken) {}

    public function close(): void
    {
        $this->listening = false;
    }
}

final class Messenger
{
    public array $outbox = [];

    public function __construct(private ?Connection $connection, public readonly int $pid) {}

    public function rpc(string $target, array $payload): array
    {
        $this->outbox[] = json_encode(['target' => $target, 'payload' => $payload]);
        return ['ok' => true, 'pid' => $this->pid];
    }

    public function terminate(): void
    {
        $this->connection = null;
        $this->outbox = [];
    }
}

final class ChildProcess
{
    public function __construct(public readonly string $command, public readonly int $pid) {}

    /** The child starts, reads the address from its environment and connects back. */
    public function start(SocketServer $server): void
    {
        $server->emit('connection', [new Connection('unix://child-' . $this->pid)]);
    }
}

final class Factory
{
    public static function parent(ChildProcess $process): Messenger
    {
        $address = sprintf('unix:///tmp/wyrihaximus-rpc-%d-%s.sock', $process->pid, bin2hex(pack('N', $process->pid)));
        $server = new SocketServer($address, hash('sha256', $address . $process->command));
        $messenger = null;
        $server->on('connection', static function (Connection $connection) use ($server, $process, &$messenger): void {
            $server->close();
            $server->removeAllListeners('connection');
            $messenger = new Messenger($connection, $process->pid);
        });
        $process->start($server);
        return $messenger;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $process = new ChildProcess('exec php vendor/wyrihaximus/react-child-process-messenger/bin/child-process --json ' . $i, 40000 + $i);
    $messenger = Factory::parent($process);
    $messenger->rpc('thumbnail', ['path' => "/srv/uploads/$i.jpg", 'width' => 320]);
    $messenger->terminate();
}
