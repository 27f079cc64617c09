<?php

declare(strict_types=1);

// ReactPHP websocket-ish hub that pushes live scoreboard updates to stream
// overlays (OBS browser sources). Each overlay connects, subscribes to a
// match with the widgets it renders, receives updates and disconnects when
// the caster switches scenes.

namespace Evenement {
    class EventEmitter
    {
        protected array $listeners = [];

        public function on(string $event, callable $listener): static
        {
            $this->listeners[$event][] = $listener;
            return $this;
        }

        public function emit(string $event, array $arguments = []): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener(...$arguments);
            }
        }

        public function removeAllListeners(?string $event = null): void
        {
            if ($event === null) {
                $this->listeners = [];
            } else {
                unset($this->listeners[$event]);
            }
        }
    }
}

namespace React\EventLoop {
    final class Loop
    {
        private static ?\SplQueue $ticks = null;

        public static function futureTick(callable $tick): void
        {
            (self::$ticks ??= new \SplQueue())->enqueue($tick);
        }

        public static function run(): void
        {
            while (self::$ticks !== null && !self::$ticks->isEmpty()) {
                (self::$ticks->dequeue())();
            }
        }
    }
}

namespace React\Socket {
    use Evenement\EventEmitter;

    interface ConnectionInterface
    {
        public function write(string $data): bool;

        public function close(): void;

        public function getRemoteAddress(): ?string;
    }

    final class Connection extends EventEmitter implements ConnectionInterface
    {
        private bool $closed = false;
        private int $bytesOut = 0;

        public function __construct(private string $remote)
        {
        }

        public function write(string $data): bool
        {
            $this->bytesOut += strlen($data);
            return !$this->closed;
        }

        public function close(): void
        {
            if ($this->closed) {
                return;
            }
            $this->closed = true;
            $this->emit('close');
            $this->removeAllListeners();
        }

        public function getRemoteAddress(): ?string
        {
            return $this->remote;
        }
    }

    final class SocketServer extends EventEmitter
    {
        public function __construct(public string $uri)
        {
        }
    }
}

namespace App\Overlay {
    use React\Socket\ConnectionInterface;

    final class OverlayClient
    {
        public function __construct(
            public readonly ConnectionInterface $connection,
            public readonly string $matchId,
            public readonly array $widgets,
            public readonly string $theme,
        ) {
        }

        public function wants(string $widget): bool
        {
            return in_array($widget, $this->widgets, true);
        }
    }

    final class MatchFeed
    {
        public function snapshot(string $matchId): array
        {
            return ['match' => $matchId, 'score' => [crc32($matchId) % 16, crc32(strrev($matchId)) % 16], 'round' => crc32($matchId) % 30];
        }
    }

    final class OverlayHub
    {
        private \SplObjectStorage $clients;

        public function __construct(private MatchFeed $feed)
        {
            $this->clients = new \SplObjectStorage();
        }

        public function onConnection(ConnectionInterface $conn): void
        {
            $conn->on('data', function (string $frame) use ($conn): void {
                $this->handleFrame($conn, $frame);
            });
        }

        private function handleFrame(ConnectionInterface $conn, string $frame): void
        {
            $msg = json_decode($frame, true, 8, JSON_THROW_ON_ERROR);
            if (($msg['op'] ?? null) !== 'subscribe') {
                return;
            }
            $client = new OverlayClient($conn, $msg['match'], $msg['widgets'], $msg['theme'] ?? 'dark');
            $this->clients->attach($client);
            $conn->on('close', function () use ($client): void {
                $this->clients->detach($client);
            });
            $conn->write(json_encode(['op' => 'snapshot'] + $this->feed->snapshot($client->matchId)));
        }

        public function broadcast(string $matchId, string $widget, array $update): int
        {
            $sent = 0;
            foreach ($this->clients as $client) {
                if ($client->matchId === $matchId && $client->wants($widget)) {
                    $client->connection->write(json_encode(['op' => 'update', 'widget' => $widget, 'data' => $update]));
                    $sent++;
                }
            }
            return $sent;
        }
    }
}

namespace {
    use App\Overlay\MatchFeed;
    use App\Overlay\OverlayHub;
    use React\EventLoop\Loop;
    use React\Socket\Connection;
    use React\Socket\SocketServer;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $hub = new OverlayHub(new MatchFeed());
    $server = new SocketServer('0.0.0.0:8090');
    $server->on('connection', [$hub, 'onConnection']);

    $widgets = ['scoreboard', 'killfeed', 'minimap', 'economy', 'player_cams', 'sponsor_ticker', 'round_timer', 'veto'];
    for ($i = 0; $i < $n; $i++) {
        Loop::futureTick(static function () use ($server, $hub, $widgets, $i): void {
            $conn = new Connection(sprintf('tcp://10.20.%d.%d:%d', intdiv($i, 250) % 250, $i % 250, 40000 + $i % 20000));
            $server->emit('connection', [$conn]);
            $matchId = 'bo3-' . (1000 + $i % 4);
            $conn->emit('data', [json_encode([
                'op' => 'subscribe',
                'match' => $matchId,
                'widgets' => array_slice($widgets, $i % 3, 5),
                'theme' => 'caster-desk-' . ($i % 2 ? 'dark' : 'light') . '-' . str_repeat('x', 8),
            ])]);
            $hub->broadcast($matchId, 'scoreboard', ['ct' => $i % 16, 't' => ($i + 5) % 16, 'clock' => 115 - $i % 115]);
            $conn->close();
        });
        Loop::run();
    }
}
