<?php

declare(strict_types=1);

namespace App\Outbox;

use SplPriorityQueue;

/**
 * Collects domain events recorded while a message is handled and releases
 * them, highest priority first, once the handler has committed.
 */
final class EventOutbox
{
    private SplPriorityQueue $pending;
    private int $sequence = PHP_INT_MAX;

    public function __construct()
    {
        $this->pending = new SplPriorityQueue();
        $this->pending->setExtractFlags(SplPriorityQueue::EXTR_DATA);
    }

    public function record(DomainEvent $event): void
    {
        // second priority component keeps FIFO order among equal priorities
        $this->pending->insert($event, [$event->priority, $this->sequence--]); // leak
    }

    public function hasPending(): bool
    {
        return !$this->pending->isEmpty();
    }

    /** @param callable(DomainEvent): void $publish */
    public function release(callable $publish): int
    {
        $released = 0;
        foreach (clone $this->pending as $event) {
            $publish($event);
            $released++;
        }

        return $released;
    }
}
