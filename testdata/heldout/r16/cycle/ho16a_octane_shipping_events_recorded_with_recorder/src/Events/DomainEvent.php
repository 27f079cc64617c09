<?php

declare(strict_types=1);

namespace Logistics\Events;

abstract class DomainEvent
{
    public readonly string $eventId;
    public readonly float $occurredAt;

    /** @param array<string, scalar|null> $payload */
    public function __construct(
        private readonly EventRecorder $recorder, // leak
        public readonly array $payload,
    ) {
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
    public function followUp(string $class, array $payload): DomainEvent
    {
        return $this->recorder->raise($class, $payload + ['causation_id' => $this->eventId]);
    }

    public function name(): string
    {
        return static::class;
    }
}
