<?php

declare(strict_types=1);

/*
 * Event-sourcing projection daemon on the Revolt/AMPHP event loop. Each
 * stream notification schedules a projection run that replays the stream
 * from the last checkpoint and upserts the order timeline read model.
 */

// ---------------------------------------------------------------------------
// revolt/event-loop stand-in
// ---------------------------------------------------------------------------

final class EventLoop
{
    /** @var list<Closure> */
    private static array $queue = [];

    public static function queue(Closure $callback, mixed ...$args): void
    {
        self::$queue[] = static fn () => $callback(...$args);
    }

    public static function run(): void
    {
        while (self::$queue !== []) {
            $callback = array_shift(self::$queue);
            $callback();
        }
    }
}

// ---------------------------------------------------------------------------
// Event store
// ---------------------------------------------------------------------------

final class StoredEvent
{
    public function __construct(
        public readonly string $streamId,
        public readonly int $version,
        public readonly string $type,
        public readonly array $payload,
        public readonly string $recordedAt,
    ) {
    }
}

final class InMemoryEventStore
{
    private const TYPES = ['OrderPlaced', 'PaymentCaptured', 'ItemPicked', 'ItemPicked', 'ParcelShipped', 'ParcelDelivered'];

    /** @return list<StoredEvent> */
    public function read(string $streamId, int $fromVersion, int $count): array
    {
        $seed = crc32($streamId);
        $events = [];
        for ($v = $fromVersion; $v < $fromVersion + $count && $v < 24; $v++) {
            $type = self::TYPES[$v % count(self::TYPES)];
            $events[] = new StoredEvent($streamId, $v, $type, [
                'orderId' => $streamId,
                'sku' => sprintf('SKU-%05d', ($seed + $v) % 99999),
                'amount' => ($seed % 9000 + $v * 125) / 100,
                'note' => $type . ' by ' . substr(md5($streamId . $v), 0, 12),
            ], date(DATE_ATOM, 1700000000 + $v * 60));
        }

        return $events;
    }
}

final class CheckpointStore
{
    /** @var array<string, int> */
    private array $positions = [];

    public function get(string $projection): int
    {
        return $this->positions[$projection] ?? 0;
    }

    public function save(string $projection, int $position): void
    {
        $this->positions[$projection] = $position;
    }
}

final class TimelineTable
{
    private int $upserts = 0;

    public function upsert(string $orderId, array $row): void
    {
        $this->upserts += count($row);
    }
}

// ---------------------------------------------------------------------------
// Projection
// ---------------------------------------------------------------------------

final class OrderTimelineProjection
{
    private ?Generator $cursor = null;
    /** @var array<string, mixed> */
    private array $row = [];
    private int $applied = 0;

    public function __construct(
        private InMemoryEventStore $store,
        private string $streamId,
        private int $batchSize,
    ) {
    }

    public function run(int $fromVersion): int
    {
        $this->cursor = $this->replay($fromVersion); // leak
        $last = $fromVersion;

        foreach ($this->cursor as $version => $event) {
            $this->apply($event);
            $last = $version + 1;
            if (++$this->applied >= $this->batchSize) {
                break;
            }
        }

        return $last;
    }

    public function row(): array
    {
        return $this->row;
    }

    /** @return Generator<int, StoredEvent> */
    private function replay(int $fromVersion): Generator
    {
        $page = $this->store->read($this->streamId, $fromVersion, $this->batchSize * 2);
        foreach ($page as $event) {
            yield $event->version => $event;
        }
    }

    private function apply(StoredEvent $event): void
    {
        $this->row['order_id'] = $event->streamId;
        $this->row['status'] = $event->type;
        $this->row['updated_at'] = $event->recordedAt;
        $this->row['history'][] = sprintf('%s@%d', $event->type, $event->version);
        if ($event->type === 'PaymentCaptured') {
            $this->row['paid'] = $event->payload['amount'];
        }
    }
}

final class ProjectionRunner
{
    public function __construct(
        private InMemoryEventStore $store,
        private CheckpointStore $checkpoints,
        private TimelineTable $table,
        private int $batchSize = 4,
    ) {
    }

    public function handle(array $notification): void
    {
        $streamId = $notification['stream'];
        $checkpointKey = 'order_timeline';
        $projection = new OrderTimelineProjection($this->store, $streamId, $this->batchSize);
        $position = $projection->run($notification['from']);
        $this->table->upsert($streamId, $projection->row());
        $this->checkpoints->save($checkpointKey, max($this->checkpoints->get($checkpointKey), $notification['global'] + $position));
    }
}

$runner = new ProjectionRunner(new InMemoryEventStore(), new CheckpointStore(), new TimelineTable());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $notification = [
        'stream' => sprintf('order-%s', substr(sha1('order' . $i), 0, 20)),
        'from' => $i % 3,
        'global' => 1000 + $i * 6,
    ];
    EventLoop::queue($runner->handle(...), $notification);
    EventLoop::run();
}
