<?php

namespace Spiral\RoadRunner\Jobs;

/** Stand-in for the RoadRunner jobs consumer: hands the worker one task at a time. */
final class ReceivedTask
{
    private bool $completed = false;

    public function __construct(
        private readonly string $id,
        private readonly string $queue,
        private readonly string $payload,
    ) {
    }

    public function getId(): string
    {
        return $this->id;
    }

    public function getQueue(): string
    {
        return $this->queue;
    }

    public function getPayload(): string
    {
        return $this->payload;
    }

    public function complete(): void
    {
        $this->completed = true;
    }

    public function fail(\Throwable|string $error, bool $requeue = false): void
    {
        $this->completed = true;
    }
}

final class Consumer
{
    private int $served = 0;

    /** @param \Closure(int): string $source */
    public function __construct(
        private readonly int $limit,
        private readonly \Closure $source,
    ) {
    }

    public function waitTask(): ?ReceivedTask
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $n = $this->served++;

        return new ReceivedTask(sprintf('job-%08d', $n), 'search-index', ($this->source)($n));
    }
}
