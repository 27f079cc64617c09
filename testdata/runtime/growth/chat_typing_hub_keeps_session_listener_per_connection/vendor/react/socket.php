<?php
// Stand-ins for ReactPHP's socket server, connection and loop: the loop
// replays PHPLEAK_N short clients on each server. As in ReactPHP, a
// connection lets go of its listeners when it closes.

namespace React\Socket {
    final class Connection
    {
        private array $listeners = [];

        public function __construct(private string $remote)
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

        public function removeAllListeners(): void
        {
            $this->listeners = [];
        }

        public function getRemoteAddress(): string
        {
            return $this->remote;
        }

        public function write(string $data): void
        {
        }

        public function close(): void
        {
            $this->emit('close');
            $this->removeAllListeners();
        }
    }

    final class SocketServer
    {
        public static array $servers = [];
        private array $listeners = [];

        public function __construct(string $uri)
        {
            self::$servers[] = $this;
        }

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function replay(int $clients): void
        {
            for ($i = 0; $i < $clients; $i++) {
                $conn = new Connection('10.2.' . ($i % 250) . '.' . ($i % 89) . ':' . (40000 + $i));
                foreach ($this->listeners['connection'] ?? [] as $listener) {
                    $listener($conn);
                }
                $conn->emit('data', [json_encode(['profile' => 7000 + $i, 'typing' => true, 'text' => str_repeat('hello ', 40)])]);
                $conn->close();
            }
        }
    }
}

namespace React\EventLoop {
    use React\Socket\SocketServer;

    final class Loop
    {
        public static function run(): void
        {
            foreach (SocketServer::$servers as $server) {
                $server->replay((int) (getenv('PHPLEAK_N') ?: 100));
            }
        }
    }
}
