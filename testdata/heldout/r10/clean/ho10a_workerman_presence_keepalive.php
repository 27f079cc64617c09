<?php

declare(strict_types=1);

namespace Workerman\Connection {
    final class TcpConnection
    {
        private static int $idSeq = 0;

        public readonly int $id;
        public int $bytesWritten = 0;
        public bool $closed = false;

        public function __construct(public readonly string $remoteAddress)
        {
            $this->id = ++self::$idSeq;
        }

        public function send(string $payload): void
        {
            $this->bytesWritten += strlen($payload);
        }

        public function close(): void
        {
            $this->closed = true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    final class Worker
    {
        public $onConnect = null;
        public $onMessage = null;
        public $onClose = null;
        /** @var list<callable> */
        private array $afterEvent = [];

        public function __construct(public readonly string $listen)
        {
        }

        public function afterEachEvent(callable $callback): void
        {
            $this->afterEvent[] = $callback;
        }

        /** Replays client sessions the way the select() loop would dispatch them. */
        public function replay(iterable $clients): void
        {
            foreach ($clients as [$address, $frames]) {
                $connection = new TcpConnection($address);
                $this->fire($this->onConnect, $connection);
                foreach ($frames as $frame) {
                    $this->fire($this->onMessage, $connection, $frame);
                }
                $connection->close();
                $this->fire($this->onClose, $connection);
            }
        }

        private function fire(?callable $handler, mixed ...$args): void
        {
            if ($handler !== null) {
                $handler(...$args);
            }
            foreach ($this->afterEvent as $callback) {
                $callback();
            }
        }
    }
}

namespace Presence {
    use Generator;
    use Workerman\Connection\TcpConnection;

    final class Scheduler
    {
        /** @var array<int, Generator> */
        private array $tasks = [];
        private int $nextId = 0;

        public function spawn(Generator $task): int
        {
            $id = ++$this->nextId;
            $this->tasks[$id] = $task;

            return $id;
        }

        public function tick(): void
        {
            foreach ($this->tasks as $id => $task) {
                $task->next();
                if (!$task->valid()) {
                    unset($this->tasks[$id]);
                }
            }
        }
    }

    final class PresenceSession
    {
        public bool $open = true;
        private array $subscriptions = [];
        private int $beats = 0;
        public string $status = 'online';

        public function __construct(
            private readonly TcpConnection $connection,
            public readonly string $userId,
            public readonly string $device,
        ) {
        }

        public function heartbeat(int $everyTicks = 3): Generator
        {
            $waited = 0;
            while ($this->open) {
                yield;
                if (++$waited < $everyTicks) {
                    continue;
                }
                $waited = 0;
                $this->beats++;
                $this->connection->send(json_encode(['type' => 'ping', 'user' => $this->userId, 'n' => $this->beats]));
            }
        }

        public function handle(array $frame): void
        {
            match ($frame['type']) {
                'subscribe' => $this->subscriptions[$frame['channel']] = $frame['since'] ?? 0,
                'status' => $this->status = $frame['status'],
                default => null,
            };
            $this->connection->send(json_encode(['type' => 'ack', 'ref' => $frame['ref'] ?? null]));
        }
    }

    final class PresenceServer
    {
        /** @var array<int, PresenceSession> */
        private array $sessions = [];

        public function __construct(private readonly Scheduler $scheduler)
        {
        }

        public function onConnect(TcpConnection $connection): void
        {
            $session = new PresenceSession($connection, 'u' . (1000 + $connection->id), 'web-' . md5($connection->remoteAddress));
            $this->sessions[$connection->id] = $session;
            $this->scheduler->spawn($session->heartbeat());
        }

        public function onMessage(TcpConnection $connection, string $data): void
        {
            $this->sessions[$connection->id]?->handle(json_decode($data, true));
        }

        public function onClose(TcpConnection $connection): void
        {
            if (isset($this->sessions[$connection->id])) {
                $this->sessions[$connection->id]->open = false;
                unset($this->sessions[$connection->id]);
            }
        }
    }
}

namespace {
    use Presence\PresenceServer;
    use Presence\Scheduler;
    use Workerman\Worker;

    $scheduler = new Scheduler();
    $presence = new PresenceServer($scheduler);

    $worker = new Worker('websocket://0.0.0.0:2346');
    $worker->onConnect = [$presence, 'onConnect'];
    $worker->onMessage = [$presence, 'onMessage'];
    $worker->onClose = [$presence, 'onClose'];
    $worker->afterEachEvent([$scheduler, 'tick']);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker->replay((static function () use ($n) {
        for ($i = 0; $i < $n; $i++) {
            yield ["192.168.{$i}.20:4" . ($i % 1000), [
                json_encode(['type' => 'subscribe', 'channel' => "team-{$i}", 'since' => $i, 'ref' => "s{$i}"]),
                json_encode(['type' => 'status', 'status' => $i % 2 ? 'away' : 'busy', 'ref' => "t{$i}"]),
            ]];
        }
    })());
}
