<?php

declare(strict_types=1);

/*
 * Workerman websocket gateway of a helpdesk live chat. Agents' consoles show
 * the last messages of a chat when they pick it up, so the gateway keeps a
 * small ring buffer of recent messages per team queue in memory.
 */

final class TcpConnection
{
    public ?string $lastSent = null;

    public function __construct(public readonly int $id, public readonly string $remoteAddress)
    {
    }

    public function send(string $payload): void
    {
        $this->lastSent = $payload;
    }
}

final class Worker
{
    public ?Closure $onWorkerStart = null;
    public ?Closure $onMessage = null;

    public function __construct(public readonly string $socketName)
    {
    }

    /** @param Closure(int): ?array{0: TcpConnection, 1: string} $incoming */
    public function runAll(Closure $incoming): void
    {
        ($this->onWorkerStart)($this);
        for ($i = 0; ($frame = $incoming($i)) !== null; $i++) {
            ($this->onMessage)(...$frame);
        }
    }
}

final class RecentMessages
{
    private const WINDOW = 20;

    /** @var array<string, array<int, array{from: string, page: string, text: string, at: int}>> */
    private array $windows = [];

    /** @var array<string, int> */
    private array $cursor = [];

    public function remember(string $stream, array $message): void
    {
        $slot = ($this->cursor[$stream] ?? 0) % self::WINDOW;
        $this->windows[$stream][$slot] = $message;
        $this->cursor[$stream] = $slot + 1;
    }

    public function recent(string $stream): array
    {
        $window = $this->windows[$stream] ?? [];
        $start = $this->cursor[$stream] ?? 0;

        return array_merge(array_slice($window, $start), array_slice($window, 0, $start));
    }
}

final class ChatGateway
{
    /** @param list<string> $teams team queues configured at boot */
    public function __construct(private RecentMessages $recent, private array $teams)
    {
    }

    public function onVisitorMessage(TcpConnection $connection, string $frame): void
    {
        $data = json_decode($frame, true);
        $message = [
            'from' => $data['visitor']['name'],
            'page' => $data['visitor']['page'],
            'text' => $data['text'],
            'at' => $data['ts'],
        ];

        $this->recent->remember($this->streamFor($data), $message);
        $connection->send(json_encode(['type' => 'ack', 'id' => $data['client_msg_id']]));
    }

    private function streamFor(array $data): string
    {
        // One window per team queue: the team dashboard shows its latest messages.
        $team = in_array($data['team'] ?? null, $this->teams, true) ? $data['team'] : 'general';

        return 'team:' . $team;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker('websocket://0.0.0.0:2346');

$worker->onWorkerStart = static function (Worker $worker): void {
    $gateway = new ChatGateway(new RecentMessages(), ['billing', 'technical', 'sales', 'general']);
    $worker->onMessage = $gateway->onVisitorMessage(...);
};

$lines = [
    'Hello, I was charged twice for my subscription this month, invoice %d.',
    'Also the second charge shows as pending on my bank statement since %d.',
];
$worker->runAll(static function (int $i) use ($n, $lines): ?array {
    if ($i >= $n) {
        return null;
    }
    $chat = 30000 + intdiv($i, 2);

    return [
        new TcpConnection($i, '203.0.113.' . ($i % 250) . ':' . (40000 + $i % 20000)),
        json_encode([
            'chat_id' => $chat,
            'client_msg_id' => bin2hex(random_bytes(6)),
            'visitor' => ['name' => "Visitor $chat", 'page' => "https://shop.example.test/account/billing?chat=$chat"],
            'team' => ['billing', 'technical', 'sales'][$chat % 3],
            'text' => sprintf($lines[$i % 2], 1700000000 + $i),
            'ts' => 1700000000 + $i,
        ]),
    ];
});
