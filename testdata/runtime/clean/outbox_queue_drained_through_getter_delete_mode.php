<?php
// An order service records domain events in a long-lived outbox; after
// each request a relay publishes them. The outbox's queue iterates in
// delete mode (set in its constructor), so the relay's foreach over the
// queue the getter hands out takes every event out as it publishes it.

final class DomainEvent
{
    public function __construct(public readonly string $name, public readonly array $payload)
    {
    }
}

final class EventOutbox
{
    private SplQueue $pending;

    public function __construct()
    {
        $this->pending = new SplQueue();
        $this->pending->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO | SplDoublyLinkedList::IT_MODE_DELETE);
    }

    public function record(DomainEvent $event): void
    {
        $this->pending->enqueue($event);
    }

    /** @return iterable<DomainEvent> */
    public function pending(): iterable
    {
        return $this->pending;
    }
}

final class OutboxRelay
{
    public int $published = 0;

    public function __construct(private EventOutbox $outbox)
    {
    }

    public function relay(): void
    {
        foreach ($this->outbox->pending() as $event) {
            $this->published += strlen($event->name) + count($event->payload);
        }
    }
}

final class OrderService
{
    public function __construct(private EventOutbox $outbox)
    {
    }

    public function place(int $orderId, array $lines): void
    {
        $this->outbox->record(new DomainEvent('order.placed', ['id' => $orderId, 'lines' => $lines, 'ref' => bin2hex(random_bytes(16))]));
    }
}

$outbox = new EventOutbox();
$orders = new OrderService($outbox);
$relay = new OutboxRelay($outbox);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $orders->place(5000 + $i, [['sku' => 'SKU-' . ($i % 40), 'qty' => 1 + $i % 3]]);
    $relay->relay();
}
