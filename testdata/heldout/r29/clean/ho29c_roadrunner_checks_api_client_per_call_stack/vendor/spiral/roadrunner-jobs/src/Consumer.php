<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Jobs;

final class ReceivedTask
{
    /** @param array<string, string> $headers */
    public function __construct(
        private readonly string $id,
        private readonly string $name,
        private readonly string $payload,
        private readonly array $headers = [],
    ) {
    }

    public function getId(): string
    {
        return $this->id;
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function getPayload(): string
    {
        return $this->payload;
    }

    public function complete(): void
    {
    }

    public function fail(\Throwable|string $reason, bool $requeue = false): void
    {
    }
}

/**
 * Stand-in for the RoadRunner jobs consumer: hands the worker the tasks the
 * server pushes over the relay (here produced by a callback).
 */
final class Consumer
{
    private int $received = 0;

    /** @param \Closure(int): ?ReceivedTask $relay */
    public function __construct(private readonly \Closure $relay)
    {
    }

    public function waitTask(): ?ReceivedTask
    {
        return ($this->relay)($this->received++);
    }
}
