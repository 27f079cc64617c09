<?php
// A ReactPHP TCP server keeps a heartbeat callback per connection in a WeakMap and pings all live connections on a timer.

namespace React\Socket {
    interface ConnectionInterface
    {
        public function write(string $data): bool;

        public function getRemoteAddress(): ?string;
    }

    final class Connection implements ConnectionInterface
    {
        public string $buffer = '';
        public int $written = 0;

        public function __construct(private string $remote) {}

        public function write(string $data): bool
        {
            $this->written += strlen($data);
            return true;
        }

        public function getRemoteAddress(): ?string
        {
            return $this->remote;
        }
    }

    final class SocketServer
    {
        private array $listeners = [];

        public function __construct(public readonly string $uri) {}

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function accept(ConnectionInterface $conn): void
        {
            foreach ($this->listeners['connection'] ?? [] as $listener) {
                $listener($conn);
            }
        }
    }
}

namespace App\Telemetry {
    use React\Socket\ConnectionInterface;

    final class Heartbeats
    {
        private \WeakMap $pings;

        public function __construct()
        {
            $this->pings = new \WeakMap();
        }

        public function track(ConnectionInterface $conn, string $greeting): void
        {
            $this->pings[$conn] = static fn (ConnectionInterface $c) => $c->write("PING {$greeting}\n");
        }

        public function pingAll(): void
        {
            foreach ($this->pings as $conn => $ping) {
                $ping($conn);
            }
        }
    }
}

namespace {
    use App\Telemetry\Heartbeats;
    use React\Socket\Connection;
    use React\Socket\ConnectionInterface;
    use React\Socket\SocketServer;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $server = new SocketServer('0.0.0.0:7070');
    $heartbeats = new Heartbeats();
    $server->on('connection', function (ConnectionInterface $conn) use ($heartbeats): void {
        $heartbeats->track($conn, 'agent ' . $conn->getRemoteAddress());
    });

    for ($i = 0; $i < $n; $i++) {
        $conn = new Connection('tcp://198.51.100.' . ($i % 250) . ':' . (40000 + $i));
        $conn->buffer = str_repeat("metric.cpu.load {$i} 0.42\n", 20);
        $server->accept($conn);
        if ($i % 50 === 0) {
            $heartbeats->pingAll();
        }
        unset($conn);
    }
}
