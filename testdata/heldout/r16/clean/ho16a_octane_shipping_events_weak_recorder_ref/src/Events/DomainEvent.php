<?php

declare(strict_types=1);

namespace Logistics\Events;

abstract class DomainEvent
{
    public readonly string $eventId;
    public readonly float $occurredAt;
    /** @var \WeakReference<EventRecorder> */
    private readonly \WeakReference $recorder;

    /** @param array<string, scalar|null> $payload */
    public function __construct(
        EventRecorder $recorder,
        public readonly array $payload,
    ) {
        $this->recorder = \WeakReference::create($recorder);
        $this->eventId = bin2hex(random_bytes(8));
        $this->occurredAt = microtime(true);
    }

    /**
     * Lets a listener raise a consequence of this event in the same unit of
     * work, keeping the causation chain.
     *
     * @param class-string<DomainEvent> $class
     * @param array<string, scalar|null> $payload
     */
    public function followUp(string $class, array $payload): ?DomainEvent
    {
        return $this->recorder->get()?->raise($class, $payload + ['causation_id' => $this->eventId]);
    }

    public function name(): string
    {
        return static::class;
    }
}
