<?php
// amphp/websocket-server gateway for a realtime arena: every socket gets a
// PlayerSession that routes its own message types to handler methods.

namespace Amp\Websocket {
    final class WebsocketClient
    {
        /** @var list<string> */
        public array $sent = [];
        private bool $closed = false;

        public function __construct(private readonly int $id, private readonly string $remote) {}

        public function getId(): int { return $this->id; }
        public function getRemoteAddress(): string { return $this->remote; }
        public function sendText(string $data): void { if (!$this->closed) { $this->sent[] = $data; } }
        public function close(int $code = 1000): void { $this->closed = true; $this->sent = []; }
        public function isClosed(): bool { return $this->closed; }
    }
}

namespace Arena\Gateway {

    use Amp\Websocket\WebsocketClient;

    /** Per-session dispatch table: message type => handlers. */
    final class SessionEvents
    {
        /** @var array<string, list<\Closure>> */
        private array $handlers = [];

        public function on(string $type, \Closure $handler): void
        {
            $this->handlers[$type][] = $handler;
        }

        public function off(string $type): void
        {
            unset($this->handlers[$type]);
        }

        /** @return list<string> */
        public function types(): array
        {
            return array_keys($this->handlers);
        }

        public function dispatch(string $type, array $payload): bool
        {
            foreach ($this->handlers[$type] ?? [] as $handler) {
                $handler($payload);
            }
            return isset($this->handlers[$type]);
        }
    }

    final class PlayerSession
    {
        /** Message types every session handles; optional ones depend on features. */
        private const CORE_HANDLERS = ['move' => 'onMove', 'chat' => 'onChat', 'ping' => 'onPing'];

        private SessionEvents $events;
        private array $position = ['x' => 0.0, 'y' => 0.0, 'z' => 0.0];
        private array $recentChat = [];
        private int $lastPingMs = 0;

        public function __construct(
            private readonly WebsocketClient $client,
            public readonly string $playerId,
            private readonly array $profile,
            array $features,
        ) {
            $this->events = new SessionEvents();
            foreach (self::CORE_HANDLERS as $type => $method) {
                $this->events->on($type, $this->handler($method));
            }
            if (!empty($features['emotes'])) {
                $this->events->on('emote', $this->handler('onEmote'));
            }
        }

        public function receive(string $text): void
        {
            $msg = json_decode($text, true, 8, JSON_THROW_ON_ERROR);
            if (!$this->events->dispatch((string) ($msg['t'] ?? ''), (array) ($msg['d'] ?? []))) {
                $this->client->sendText('{"t":"error","d":"unknown type"}');
            }
        }

        public function close(): void
        {
            foreach ($this->events->types() as $type) {
                $this->events->off($type);
            }
        }

        private function handler(string $method): \Closure
        {
            return \Closure::fromCallable([$this, $method]);
        }

        private function onMove(array $d): void
        {
            $this->position = ['x' => (float) $d['x'], 'y' => (float) $d['y'], 'z' => (float) ($d['z'] ?? 0)];
        }

        private function onChat(array $d): void
        {
            $this->recentChat[] = substr((string) $d['text'], 0, 200);
            $this->recentChat = array_slice($this->recentChat, -5);
            $this->client->sendText(json_encode(['t' => 'chat.ack', 'd' => count($this->recentChat)]));
        }

        private function onPing(array $d): void
        {
            $this->lastPingMs = (int) $d['ms'];
            $this->client->sendText('{"t":"pong"}');
        }

        private function onEmote(array $d): void
        {
            $this->client->sendText(json_encode(['t' => 'emote', 'd' => ['from' => $this->profile['name'], 'id' => (int) $d['id']]]));
        }
    }

    final class ArenaGateway
    {
        /** @var array<int, PlayerSession> */
        private array $sessions = [];

        public function __construct(private readonly array $features) {}

        public function handleClient(WebsocketClient $client, array $handshake, iterable $messages): void
        {
            $id = $client->getId();
            $this->sessions[$id] = new PlayerSession(
                $client,
                $handshake['player_id'],
                ['name' => $handshake['name'], 'clan' => $handshake['clan'], 'level' => $handshake['level'], 'region' => $handshake['region']],
                $this->features,
            );
            try {
                foreach ($messages as $text) {
                    $this->sessions[$id]->receive($text);
                }
            } finally {
                $this->sessions[$id]->close();
                unset($this->sessions[$id]);
                $client->close();
            }
        }
    }

    $gateway = new ArenaGateway(['emotes' => true, 'voice' => false]);
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $client = new WebsocketClient(5000 + $i, '203.0.113.' . ($i % 200) . ':' . (50000 + $i));
        $gateway->handleClient($client, [
            'player_id' => sprintf('pl-%06d', 120000 + $i * 11),
            'name' => 'Rogue' . ($i * 97 % 10000),
            'clan' => ['NOVA', 'KRKN', 'ASH'][$i % 3],
            'level' => 10 + $i % 60,
            'region' => ['eu', 'na'][$i % 2],
        ], [
            json_encode(['t' => 'ping', 'd' => ['ms' => 30 + $i % 90]]),
            json_encode(['t' => 'move', 'd' => ['x' => $i * 0.5, 'y' => 12.25, 'z' => -$i * 0.125]]),
            json_encode(['t' => 'chat', 'd' => ['text' => "push B site, I have the utility ($i)"]]),
            json_encode(['t' => 'emote', 'd' => ['id' => $i % 24]]),
        ]);
    }
}
