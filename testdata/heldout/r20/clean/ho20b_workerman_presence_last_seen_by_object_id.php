<?php

declare(strict_types=1);

namespace App\Realtime\Presence;

// --- minimal Workerman-like stand-ins -------------------------------------

final class TcpConnection
{
    public static int $idRecorder = 0;

    public readonly int $id;
    public string $sendBuffer = '';

    public function __construct(public readonly string $remoteAddress)
    {
        $this->id = ++self::$idRecorder;
    }

    public function send(string $payload): void
    {
        $this->sendBuffer .= $payload;
    }
}

final class Worker
{
    /** @var null|\Closure(TcpConnection, string): void */
    public ?\Closure $onMessage = null;
    /** @var null|\Closure(TcpConnection): void */
    public ?\Closure $onClose = null;

    public function dispatch(TcpConnection $connection, string $frame): void
    {
        if ($this->onMessage !== null) {
            ($this->onMessage)($connection, $frame);
        }
        if ($this->onClose !== null) {
            ($this->onClose)($connection);
        }
    }
}

// --- application -----------------------------------------------------------

final class LastSeen
{
    public function __construct(
        public readonly string $userId,
        public readonly string $room,
        public readonly string $userAgent,
        public readonly array $capabilities,
        public readonly float $at,
    ) {
    }
}

final class PresenceTracker
{
    /** @var array<string, array<string, true>> room => userId set */
    private array $online = [];

    /** @var array<int, LastSeen> */
    private array $lastSeen = [];

    public function heartbeat(TcpConnection $connection, LastSeen $seen): void
    {
        $this->online[$seen->room][$seen->userId] = true;
        $this->lastSeen[$this->slotFor($connection)] = $seen;
    }

    public function leave(TcpConnection $connection): void
    {
        $seen = $this->lastSeen[$this->slotFor($connection)] ?? null;
        if ($seen === null) {
            return;
        }
        unset($this->online[$seen->room][$seen->userId]);
        if ($this->online[$seen->room] === []) {
            unset($this->online[$seen->room]);
        }
    }

    public function onlineIn(string $room): int
    {
        return \count($this->online[$room] ?? []);
    }

    private function slotFor(TcpConnection $connection): int
    {
        return spl_object_id($connection);
    }
}

final class Services
{
    private static ?PresenceTracker $presence = null;

    public static function presence(): PresenceTracker
    {
        return self::$presence ??= new PresenceTracker();
    }
}

final class PresenceGateway
{
    private const ROOMS = ['lobby', 'support', 'sales', 'ops'];

    public function onMessage(TcpConnection $connection, string $frame): void
    {
        $data = json_decode($frame, true, 8, JSON_THROW_ON_ERROR);
        $room = \in_array($data['room'] ?? '', self::ROOMS, true) ? $data['room'] : 'lobby';

        $seen = new LastSeen(
            userId: (string) $data['user'],
            room: $room,
            userAgent: (string) ($data['ua'] ?? 'unknown'),
            capabilities: array_values(array_filter((array) ($data['caps'] ?? []), 'is_string')),
            at: microtime(true),
        );

        Services::presence()->heartbeat($connection, $seen);

        $connection->send(json_encode([
            'type' => 'presence',
            'room' => $room,
            'online' => Services::presence()->onlineIn($room),
        ], JSON_THROW_ON_ERROR));
    }

    public function onClose(TcpConnection $connection): void
    {
        Services::presence()->leave($connection);
    }
}

// --- worker boot + stand-in event loop -------------------------------------

$gateway = new PresenceGateway();
$worker = new Worker();
$worker->onMessage = $gateway->onMessage(...);
$worker->onClose = $gateway->onClose(...);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = new TcpConnection(sprintf('10.0.%d.%d:%d', intdiv($i, 250) % 250, $i % 250, 40000 + $i % 20000));
    $frame = json_encode([
        'type' => 'heartbeat',
        'user' => 'u-' . bin2hex(random_bytes(6)),
        'room' => ['lobby', 'support', 'sales', 'ops'][$i % 4],
        'ua' => sprintf('Mozilla/5.0 (X11; Linux x86_64; session %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d Safari/537.36', bin2hex(random_bytes(16)), 100 + $i % 20, $i),
        'caps' => ['typing-' . $i, 'receipts-' . $i, 'reactions-' . $i],
    ], JSON_THROW_ON_ERROR);
    $worker->dispatch($connection, $frame);
    unset($connection, $frame);
}
