<?php

declare(strict_types=1);

namespace Billing\Infrastructure;

use Billing\Domain\AggregateRoot;
use Billing\Domain\DomainEvent;
use SplDoublyLinkedList;
use SplQueue;

final class Envelope
{
    public function __construct(
        public readonly DomainEvent $event,
        public readonly array $headers,
    ) {
    }
}

interface Transport
{
    public function send(Envelope $envelope): void;
}

final class NullBrokerTransport implements Transport
{
    public int $sent = 0;

    public function send(Envelope $envelope): void
    {
        $this->sent++;
    }
}

/** Transactional outbox shared by every handler of the consumer process. */
final class Outbox
{
    private SplQueue $pending;

    public function __construct(private readonly Transport $transport)
    {
        $this->pending = new SplQueue();
        $this->pending->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO | SplDoublyLinkedList::IT_MODE_DELETE);
    }

    public function stage(DomainEvent $event, string $causationId): void
    {
        $this->pending->enqueue(new Envelope($event, [
            'type' => $event::class,
            'aggregate_id' => $event->aggregateId(),
            'causation_id' => $causationId,
            'message_id' => bin2hex(random_bytes(8)),
        ]));
    }

    public function relay(): int
    {
        $count = 0;
        foreach ($this->pending as $envelope) {
            $this->transport->send($envelope);
            $count++;
        }

        return $count;
    }
}

final class EventSourcedRepository
{
    public int $appended = 0;

    public function __construct(private readonly Outbox $outbox)
    {
    }

    public function save(AggregateRoot $aggregate, string $causationId): void
    {
        foreach ($aggregate->releaseEvents() as $event) {
            $this->appended++;
            $this->outbox->stage($event, $causationId);
        }
    }
}
