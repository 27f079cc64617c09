<?php

namespace Evenement {
    trait EventEmitterTrait
    {
        protected array $listeners = [];

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function emit(string $event, array $arguments = []): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener(...$arguments);
            }
        }
    }
}

namespace React\Socket {
    use Evenement\EventEmitterTrait;

    final class Connection
    {
        use EventEmitterTrait;

        public function __construct(private string $remoteAddress) {}

        public function getRemoteAddress(): string
        {
            return $this->remoteAddress;
        }

        public function write(string $data): bool
        {
            return $data !== '';
        }
    }

    final class SocketServer
    {
        use EventEmitterTrait;

        public function __construct(public readonly string $uri) {}

        public function accept(int $i): void
        {
            $connection = new Connection('tcp://10.1.' . ($i % 250) . '.9:' . (40000 + $i));
            $this->emit('connection', [$connection]);
            $tail = 'cpu,host=node' . $i . ' ' . str_repeat("value{$i}=0.5,", 40);
            $connection->emit('data', ["mem,host=node{$i} used=0.71\nload,host=node{$i} m1=0.2\n{$tail}"]);
            $connection->emit('close');
        }
    }
}

namespace React\EventLoop {
    use React\Socket\SocketServer;

    final class Loop
    {
        private static array $servers = [];

        public static function addServer(SocketServer $server): void
        {
            self::$servers[] = $server;
        }

        public static function run(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                foreach (self::$servers as $server) {
                    $server->accept($i);
                }
            }
        }
    }
}
