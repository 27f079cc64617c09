<?php

declare(strict_types=1);

/*
 * Swoole WebSocket server behind the agent console: agents connect, send
 * presence heartbeats ("online", "busy", "away") and the routing engine
 * asks the hub which agents may receive new chats.
 */

namespace Swoole\Http {
    final class Request
    {
        public function __construct(public int $fd, public array $header, public array $server, public array $get) {}
    }
}

namespace Swoole\WebSocket {
    final class Frame
    {
        public function __construct(public int $fd, public string $data, public int $opcode = 1) {}
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];
        public array $pushed = [];

        public function __construct(public readonly string $host, public readonly int $port) {}

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function push(int $fd, string $data): bool
        {
            $this->pushed[$fd % 8] = $data;
            return true;
        }

        /** Drives the event loop with the sessions the load balancer hands us. */
        public function start(int $sessions, \Closure $session): void
        {
            for ($i = 0; $i < $sessions; $i++) {
                foreach ($session($i) as [$event, $arg, $extra]) {
                    ($this->callbacks[$event])($this, $arg, ...$extra);
                }
            }
        }
    }
}

namespace Helpdesk\Presence {
    final class AgentConnection
    {
        public string $status = 'online';
        public int $lastSeenAt;

        public function __construct(
            public readonly int $fd,
            public readonly int $agentId,
            public readonly string $sessionId,
            public readonly string $userAgent,
            public readonly string $remoteAddr,
            public readonly array $queues,
            public readonly int $connectedAt,
        ) {
            $this->lastSeenAt = $connectedAt;
        }
    }

    final class PresenceHub
    {
        public const CLOSE_NORMAL = 1000;
        private const GRACE_SECONDS = 45;

        private \SplObjectStorage $connections;

        /** @var array<int, AgentConnection> */
        private array $byFd = [];

        public function __construct()
        {
            $this->connections = new \SplObjectStorage();
        }

        public function join(AgentConnection $connection): void
        {
            $this->connections->attach($connection, ['grace_until' => null]); // leak
            $this->byFd[$connection->fd] = $connection;
        }

        public function heartbeat(int $fd, string $status, int $now): ?AgentConnection
        {
            $connection = $this->byFd[$fd] ?? null;
            if ($connection !== null) {
                $connection->status = $status;
                $connection->lastSeenAt = $now;
            }

            return $connection;
        }

        public function leave(int $fd, int $code, int $now): void
        {
            $connection = $this->byFd[$fd] ?? null;
            if ($connection === null) {
                return;
            }
            unset($this->byFd[$fd]);

            if ($code === self::CLOSE_NORMAL) {
                $this->connections->detach($connection);
                return;
            }

            // dropped socket (laptop lid, flaky wifi): keep the agent "away"
            // for a grace period so open chats are not re-routed at once
            $connection->status = 'away';
            $this->connections[$connection] = ['grace_until' => $now + self::GRACE_SECONDS];
        }

        /** @return array<int, string> agent id => best status */
        public function availability(): array
        {
            $rank = ['online' => 3, 'busy' => 2, 'away' => 1];
            $best = [];
            foreach ($this->connections as $connection) {
                $current = $best[$connection->agentId] ?? null;
                if ($current === null || $rank[$connection->status] > $rank[$current]) {
                    $best[$connection->agentId] = $connection->status;
                }
            }

            return $best;
        }
    }

    final class ConsoleGateway
    {
        public function __construct(private readonly PresenceHub $hub, private readonly \Closure $clock) {}

        public function onOpen(\Swoole\WebSocket\Server $server, \Swoole\Http\Request $request): void
        {
            $this->hub->join(new AgentConnection(
                fd: $request->fd,
                agentId: (int) $request->get['agent'],
                sessionId: $request->get['session'],
                userAgent: $request->header['user-agent'] ?? 'unknown',
                remoteAddr: $request->server['remote_addr'],
                queues: explode(',', $request->get['queues'] ?? 'general'),
                connectedAt: ($this->clock)(),
            ));
        }

        public function onMessage(\Swoole\WebSocket\Server $server, \Swoole\WebSocket\Frame $frame): void
        {
            $message = json_decode($frame->data, true);
            if (($message['type'] ?? null) !== 'presence') {
                return;
            }
            $connection = $this->hub->heartbeat($frame->fd, $message['status'], ($this->clock)());
            if ($connection !== null) {
                $server->push($frame->fd, json_encode(['type' => 'ack', 'available' => count($this->hub->availability())]));
            }
        }

        public function onClose(\Swoole\WebSocket\Server $server, int $fd, int $reactorId, int $code): void
        {
            $this->hub->leave($fd, $code, ($this->clock)());
        }
    }
}

namespace {
    use Helpdesk\Presence\ConsoleGateway;
    use Helpdesk\Presence\PresenceHub;
    use Swoole\Http\Request;
    use Swoole\WebSocket\Frame;
    use Swoole\WebSocket\Server;

    $now = 1767225600;
    $gateway = new ConsoleGateway(new PresenceHub(), static function () use (&$now): int {
        return $now;
    });

    $server = new Server('0.0.0.0', 9502);
    $server->on('open', [$gateway, 'onOpen']);
    $server->on('message', [$gateway, 'onMessage']);
    $server->on('close', [$gateway, 'onClose']);

    $statuses = ['online', 'busy', 'online', 'away'];
    $server->start((int) (getenv('PHPLEAK_N') ?: 100), static function (int $i) use (&$now, $statuses): array {
        $now += 11;
        $fd = 20 + $i % 48;
        return [
            ['open', new Request($fd, [
                'user-agent' => "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_{$i}) AgentConsole/4.{$i}",
            ], ['remote_addr' => '10.20.' . ($i % 250) . '.' . ($i % 7)], [
                'agent' => (string) (100 + $i % 30),
                'session' => bin2hex(random_bytes(16)),
                'queues' => 'billing,shipping,vip-' . ($i % 4),
            ]), []],
            ['message', new Frame($fd, json_encode(['type' => 'presence', 'status' => $statuses[$i % 4]])), []],
            ['close', $fd, [1, $i % 4 === 0 ? 1000 : 1006]],
        ];
    });
}
