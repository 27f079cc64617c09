<?php
// A ReactPHP-style line-protocol server (a tiny Redis-like PING/GET/SET endpoint) handles each client connection with data and end listeners registered on the connection stream, which drops all its listeners once closed.

declare(strict_types=1);

namespace Evenement {

    trait EventEmitterTrait
    {
        /** @var array<string, list<callable>> */
        protected array $listeners = [];

        /** @var array<string, list<callable>> */
        protected array $onceListeners = [];

        public function on(string $event, callable $listener): static
        {
            $this->listeners[$event][] = $listener;

            return $this;
        }

        public function once(string $event, callable $listener): static
        {
            $this->onceListeners[$event][] = $listener;

            return $this;
        }

        public function removeListener(string $event, callable $listener): void
        {
            foreach ([&$this->listeners, &$this->onceListeners] as &$bucket) {
                if (!isset($bucket[$event])) {
                    continue;
                }
                $index = array_search($listener, $bucket[$event], true);
                if ($index !== false) {
                    unset($bucket[$event][$index]);
                    if (!$bucket[$event]) {
                        unset($bucket[$event]);
                    }
                }
            }
        }

        public function removeAllListeners(?string $event = null): void
        {
            if ($event !== null) {
                unset($this->listeners[$event], $this->onceListeners[$event]);

                return;
            }

            $this->listeners = [];
            $this->onceListeners = [];
        }

        /**
         * @param list<mixed> $arguments
         */
        public function emit(string $event, array $arguments = []): void
        {
            $listeners = $this->listeners[$event] ?? [];
            $once = $this->onceListeners[$event] ?? [];
            unset($this->onceListeners[$event]);

            foreach (array_merge($listeners, $once) as $listener) {
                $listener(...$arguments);
            }
        }
    }
}

namespace React\Socket {

    use Evenement\EventEmitterTrait;

    /**
     * Duplex stream for one accepted client; the loop feeds it chunks read from the socket.
     */
    final class Connection
    {
        use EventEmitterTrait;

        private bool $closed = false;

        private string $outgoing = '';

        public int $bytesWritten = 0;

        public function __construct(
            private string $remoteAddress,
            private string $localAddress,
        ) {
        }

        public function getRemoteAddress(): string
        {
            return $this->remoteAddress;
        }

        public function getLocalAddress(): string
        {
            return $this->localAddress;
        }

        public function isReadable(): bool
        {
            return !$this->closed;
        }

        public function write(string $data): bool
        {
            if ($this->closed) {
                return false;
            }
            $this->outgoing .= $data;
            $this->bytesWritten += strlen($data);

            return true;
        }

        /**
         * Called by the loop when the socket became readable.
         */
        public function handleData(string $chunk): void
        {
            $this->emit('data', [$chunk]);
        }

        /**
         * Called by the loop when the peer closed its side.
         */
        public function handleEnd(): void
        {
            $this->emit('end');
            $this->close();
        }

        public function end(?string $data = null): void
        {
            if ($data !== null) {
                $this->write($data);
            }
            $this->close();
        }

        public function close(): void
        {
            if ($this->closed) {
                return;
            }

            $this->closed = true;
            $this->outgoing = '';
            $this->emit('close');
            $this->removeAllListeners();
        }
    }
}

namespace App\Kv {

    use React\Socket\Connection;

    final class Store
    {
        /** @var array<string, string> */
        private array $data = [];

        public function get(string $key): ?string
        {
            return $this->data[$key] ?? null;
        }

        public function set(string $key, string $value): void
        {
            $this->data[$key] = $value;
        }
    }

    final class LineBuffer
    {
        private string $buffer = '';

        /**
         * @return list<string> complete lines
         */
        public function feed(string $chunk): array
        {
            $this->buffer .= $chunk;
            $lines = explode("\n", $this->buffer);
            $this->buffer = (string) array_pop($lines);

            return array_map('rtrim', $lines);
        }
    }

    final class ProtocolServer
    {
        private int $connections = 0;

        private int $commands = 0;

        public function __construct(private Store $store)
        {
        }

        public function onConnection(Connection $connection): void
        {
            $this->connections++;
            $buffer = new LineBuffer();

            $connection->on('data', function (string $chunk) use ($connection, $buffer): void {
                foreach ($buffer->feed($chunk) as $line) {
                    $this->commands++;
                    $connection->write($this->execute($line) . "\r\n");
                }
            });

            $connection->on('end', function () use ($connection): void {
                $connection->write("+BYE\r\n");
            });
        }

        private function execute(string $line): string
        {
            $parts = explode(' ', $line, 3);

            return match (strtoupper($parts[0])) {
                'PING' => '+PONG',
                'GET' => ($value = $this->store->get($parts[1] ?? '')) === null ? '$-1' : '$' . strlen($value) . "\r\n" . $value,
                'SET' => $this->set($parts[1] ?? '', $parts[2] ?? ''),
                default => '-ERR unknown command',
            };
        }

        private function set(string $key, string $value): string
        {
            $this->store->set($key, $value);

            return '+OK';
        }
    }
}

namespace {

    use App\Kv\ProtocolServer;
    use App\Kv\Store;
    use React\Socket\Connection;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $server = new ProtocolServer(new Store());

    for ($i = 0; $i < $n; $i++) {
        // The loop accepted a new client socket.
        $connection = new Connection(sprintf('tcp://10.0.%d.%d:%d', $i % 256, ($i * 7) % 256, 40000 + $i % 20000), 'tcp://0.0.0.0:6380');
        $server->onConnection($connection);

        $connection->handleData("PING\nSET session:" . ($i % 50) . ' ' . str_repeat('z', 200) . "\n");
        $connection->handleData('GET session:' . ($i % 50) . "\nGET missing\n");
        $connection->handleEnd();
        unset($connection);
    }
}
