<?php

declare(strict_types=1);

/** Stand-in for Workerman\Connection\TcpConnection. */
final class TcpConnection
{
    public static int $sentBytes = 0;

    public function __construct(public readonly int $id, public readonly string $remoteAddress)
    {
    }

    public function send(string $data): void
    {
        self::$sentBytes += strlen($data);
    }
}

/** Stand-in for Workerman\Worker: one process, onMessage callback, a fixed number of frames. */
final class Worker
{
    public string $name = 'none';
    public int $count = 1;
    /** @var callable|null */
    public $onWorkerStart = null;
    /** @var callable|null */
    public $onMessage = null;

    /** @var list<Worker> */
    private static array $workers = [];
    private static ?\Closure $frames = null;

    public function __construct(public readonly string $listen)
    {
        self::$workers[] = $this;
    }

    public static function feed(\Closure $frames): void
    {
        self::$frames = $frames;
    }

    public static function runAll(): void
    {
        foreach (self::$workers as $worker) {
            if ($worker->onWorkerStart) {
                ($worker->onWorkerStart)($worker);
            }
            foreach ((self::$frames)() as $connectionId => $frame) {
                ($worker->onMessage)(new TcpConnection($connectionId, '10.0.4.' . ($connectionId % 250)), $frame);
            }
        }
    }
}

final class PriceChange
{
    public function __construct(
        public readonly string $mlsNumber,
        public readonly string $suburb,
        public readonly string $address,
        public readonly int $previousPrice,
        public readonly int $newPrice,
        public readonly string $listingAgent,
        public readonly string $changedAt,
    ) {
    }

    public static function fromFrame(array $frame): self
    {
        return new self(
            strtoupper($frame['mls']),
            strtolower(trim($frame['suburb'])),
            $frame['address'],
            (int) $frame['was'],
            (int) $frame['now'],
            $frame['agent'],
            $frame['at'],
        );
    }

    public function percent(): float
    {
        return round(($this->newPrice - $this->previousPrice) / max(1, $this->previousPrice) * 100, 2);
    }

    public function toArray(): array
    {
        return [
            'mls' => $this->mlsNumber,
            'address' => $this->address,
            'was' => number_format($this->previousPrice),
            'now' => number_format($this->newPrice),
            'change_pct' => $this->percent(),
            'agent' => $this->listingAgent,
            'at' => $this->changedAt,
            'headline' => sprintf('%s reduced by %s%%', $this->address, abs($this->percent())),
        ];
    }
}

/** Keeps the last N price changes per alert topic so late subscribers get a backlog. */
final class PriceAlertBacklog
{
    private const WINDOW = 20;

    /** @var array<string, list<array>> */
    private array $windows = [];

    public function __construct(private array $servedSuburbs)
    {
    }

    public function record(PriceChange $change): array
    {
        $topic = $this->topicFor($change);
        $window = $this->windows[$topic] ?? [];
        $window[] = $change->toArray();
        if (count($window) > self::WINDOW) {
            $window = array_slice($window, -self::WINDOW);
        }
        $this->windows[$topic] = $window; // leak

        return ['topic' => $topic, 'backlog' => count($window)];
    }

    public function backlog(string $topic): array
    {
        return $this->windows[$topic] ?? [];
    }

    private function topicFor(PriceChange $change): string
    {
        return sprintf('price-drops/%s/%s', $this->suburbSlug($change->suburb), $change->mlsNumber);
    }

    private function suburbSlug(string $suburb): string
    {
        return in_array($suburb, $this->servedSuburbs, true) ? str_replace(' ', '-', $suburb) : 'other';
    }
}

$backlog = null;
$worker = new Worker('websocket://0.0.0.0:8282');
$worker->name = 'price-alerts';
$worker->onWorkerStart = function (Worker $w) use (&$backlog): void {
    $backlog = new PriceAlertBacklog(['north beach', 'mission', 'noe valley', 'sunset', 'richmond']);
};
$worker->onMessage = function (TcpConnection $connection, string $data) use (&$backlog): void {
    $frame = json_decode($data, true);
    if (($frame['type'] ?? '') !== 'price_change') {
        return;
    }
    $change = PriceChange::fromFrame($frame);
    $ack = $backlog->record($change);
    $connection->send(json_encode(['type' => 'ack'] + $ack));
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
Worker::feed(static function () use ($n): \Generator {
    $suburbs = ['North Beach', 'Mission', 'Noe Valley', 'Sunset', 'Richmond', 'Dogpatch'];
    $agents = ['Hana Ito', 'Marcus Bell', 'Sofia Alvarez'];
    for ($i = 0; $i < $n; $i++) {
        $was = 1150000 + ($i % 40) * 25000;
        yield $i % 16 => json_encode([
            'type' => 'price_change',
            'mls' => sprintf('sf%07d', 4200000 + $i),
            'suburb' => $suburbs[$i % count($suburbs)],
            'address' => sprintf('%d %s St', 100 + $i % 900, ['Vallejo', 'Guerrero', 'Castro', 'Irving', 'Clement'][$i % 5]),
            'was' => $was,
            'now' => $was - 15000 - ($i % 7) * 5000,
            'agent' => $agents[$i % 3],
            'at' => gmdate('Y-m-d\TH:i:s\Z', 1719000000 + $i * 90),
        ]);
    }
});

Worker::runAll();
