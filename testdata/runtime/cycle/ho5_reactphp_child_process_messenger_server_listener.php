<?php
// A ReactPHP child-process messenger factory opens a local server per spawned child; its connection listener captures the server, so every closed server stays in a cycle with its listener.
// https://github.com/WyriHaximus/reactphp-child-process-messenger/pull/113

final class Deferred
{
    private mixed $value = null;
    private bool $resolved = false;

    public function resolve(mixed $value): void
    {
        $this->value = $value;
        $this->resolved = true;
    }

    public function result(): mixed
    {
        return $this->resolved ? $this->value : null;
    }
}

final class LocalServer
{
    private array $listeners = [];
    private bool $closed = false;
    public string $address;

    public function __construct(int $port)
    {
        $this->address = "tcp://127.0.0.1:{$port}";
    }

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function removeAllListeners(): void
    {
        $this->listeners = [];
    }

    public function acceptFrom(string $handshake): void
    {
        foreach ($this->listeners['connection'] ?? [] as $listener) {
            $listener(new Connection($this->address, $handshake));
        }
    }

    public function close(): void
    {
        $this->closed = true;
    }
}

final class Connection
{
    public function __construct(public readonly string $remote, public readonly string $handshake) {}
}

final class Messenger
{
    private string $handshake;

    public function __construct(Connection $connection, public readonly string $childClass)
    {
        $this->handshake = $connection->handshake;
    }

    public function rpc(string $method, array $args): string
    {
        return $method . ':' . md5($this->handshake . json_encode($args));
    }
}

final class Factory
{
    private int $port = 20000;

    public function parentFromClass(string $class, array $options): Deferred
    {
        $deferred = new Deferred();
        $server = new LocalServer($this->port++);
        $server->on('connection', function (Connection $connection) use ($server, $deferred, $class) { // leak
            $server->close();
            $deferred->resolve(new Messenger($connection, $class));
        });
        // the spawned child connects back and sends its handshake with the options it received
        $server->acceptFrom(json_encode(['class' => $class, 'options' => $options, 'address' => $server->address]));

        return $deferred;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$factory = new Factory();
for ($i = 0; $i < $n; $i++) {
    $messenger = $factory->parentFromClass('App\\Child\\ThumbnailRenderer', [
        'cwd' => "/srv/app/var/render/{$i}",
        'env' => ['RENDER_JOB' => (string) $i, 'PATH' => str_repeat('/usr/local/sbin:/usr/local/bin:', 12)],
    ])->result();
    $messenger->rpc('render', ['image' => "upload-{$i}.png", 'width' => 320]);
}
