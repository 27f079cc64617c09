<?php

declare(strict_types=1);

namespace Acme\Projections;

final class StoredEvent
{
    /** @param array<string, mixed> $data */
    public function __construct(
        public readonly string $streamId,
        public readonly string $aggregateId,
        public readonly string $type,
        public readonly array $data,
    ) {
    }
}

/** Stand-in for XREADGROUP on a busy stream: there is always a next entry. */
final class RedisStreamSubscription
{
    private int $seq = 0;

    /** @return list<StoredEvent> */
    public function read(int $count, int $blockMs): array
    {
        $events = [];
        for ($k = 0; $k < $count; $k++) {
            $seq = ++$this->seq;
            $events[] = new StoredEvent(
                sprintf('1700000000000-%d', $seq),
                sprintf('order-%08d', $seq),
                $seq % 4 === 0 ? 'OrderCancelled' : 'OrderPlaced',
                ['customer' => "cust-{$seq}", 'total' => $seq * 13 % 9000, 'items' => 1 + $seq % 5, 'note' => str_repeat('x', 180)],
            );
        }

        return $events;
    }

    public function ack(string $streamId): void
    {
    }
}

interface ReadModelStore
{
    /** @param array<string, array<string, mixed>> $rows */
    public function upsertMany(string $table, array $rows): void;
}

final class NullReadModelStore implements ReadModelStore
{
    public int $written = 0;

    public function upsertMany(string $table, array $rows): void
    {
        $this->written += count($rows);
    }
}

final class OrderSummaryProjection
{
    /** @var array<string, array<string, mixed>> */
    private array $pendingRows = [];
    private int $flushes = 0;

    public function __construct(
        private readonly ReadModelStore $store,
    ) {
    }

    public function apply(StoredEvent $event): void
    {
        $row = match ($event->type) {
            'OrderPlaced' => [
                'order_id' => $event->aggregateId,
                'customer' => $event->data['customer'],
                'total' => $event->data['total'],
                'items' => $event->data['items'],
                'status' => 'placed',
                'last_event' => $event->streamId,
            ],
            'OrderCancelled' => ['order_id' => $event->aggregateId, 'status' => 'cancelled', 'last_event' => $event->streamId],
            default => null,
        };

        if ($row !== null) {
            $this->pendingRows[$event->aggregateId] = $row + ($this->pendingRows[$event->aggregateId] ?? []); // leak
        }
    }

    public function onIdle(): void
    {
        $this->flush();
    }

    public function flush(): void
    {
        if ($this->pendingRows === []) {
            return;
        }
        $this->store->upsertMany('order_summaries', $this->pendingRows);
        $this->pendingRows = [];
        $this->flushes++;
    }
}

final class ProjectionRunner
{
    public function __construct(
        private readonly RedisStreamSubscription $subscription,
        private readonly OrderSummaryProjection $projection,
        private readonly int $batch = 10,
    ) {
    }

    public function runOnce(): void
    {
        $events = $this->subscription->read($this->batch, 2000);
        if ($events === []) {
            $this->projection->onIdle();

            return;
        }

        foreach ($events as $event) {
            $this->projection->apply($event);
            $this->subscription->ack($event->streamId);
        }
    }
}

$runner = new ProjectionRunner(
    new RedisStreamSubscription(),
    new OrderSummaryProjection(new NullReadModelStore()),
    batch: 1,
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $runner->runOnce();
}
