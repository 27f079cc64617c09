<?php

declare(strict_types=1);

namespace App\Checkout;

use SplDoublyLinkedList;
use SplQueue;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

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

final class BrokerPublisher
{
    public int $published = 0;
    public int $bytes = 0;

    public function publish(string $routingKey, array $payload): void
    {
        $this->published++;
        $this->bytes += strlen($routingKey) + count($payload);
    }
}

final class OutboxRelay
{
    public function __construct(private EventOutbox $outbox, private BrokerPublisher $publisher)
    {
    }

    public function onMessageHandled(WorkerMessageHandledEvent $event): void
    {
        foreach ($this->outbox->pending() as $domainEvent) {
            $this->publisher->publish($domainEvent->name(), $domainEvent->payload());
        }
    }
}
