<?php

declare(strict_types=1);

namespace Logistics\Events;

/** Request-scoped: collects the events of one unit of work and releases them at the end. */
final class EventRecorder
{
    /** @var list<DomainEvent> */
    private array $recorded = [];
    private int $released = 0;

    public function __construct(public readonly string $correlationId)
    {
    }

    /**
     * @param class-string<DomainEvent> $class
     * @param array<string, scalar|null> $payload
     */
    public function raise(string $class, array $payload): DomainEvent
    {
        $event = new $class($this, $payload + ['correlation_id' => $this->correlationId]);
        $this->recorded[] = $event; // leak

        return $event;
    }

    public function release(ListenerProvider $listeners): int
    {
        for (; $this->released < count($this->recorded); $this->released++) {
            $event = $this->recorded[$this->released];
            foreach ($listeners->getListenersForEvent($event) as $listener) {
                $listener($event);
            }
        }

        return $this->released;
    }
}
