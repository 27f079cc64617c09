<?php
// A socket server class registers each instance in a static list from
// its constructor, as Workerman's Worker does, and hands itself to every
// connection it accepts (new Connection($this, …)). The daemon makes one
// server at boot, so the list holds one server for the life of the
// process.

namespace Sockets {
    final class Connection
    {
        public function __construct(public readonly Server $server, public readonly string $peer)
        {
        }
    }

    final class Server
    {
        /** @var list<Server> */
        private static array $instances = [];

        /** @var array<string, int> */
        private array $bytes = [];

        public function __construct(public readonly string $listen, public readonly string $banner)
        {
            self::$instances[] = $this;
        }

        public function accept(int $i, string $data): void
        {
            $connection = new Connection($this, '10.0.0.' . ($i % 200));
            $this->bytes[$connection->peer] = ($this->bytes[$connection->peer] ?? 0) + strlen($data);
        }
    }
}

namespace {
    use Sockets\Server;

    $server = new Server('tcp://0.0.0.0:9400', str_repeat('sockets ', 100));
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $server->accept($i, 'frame-' . $i);
    }
}
