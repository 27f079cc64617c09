<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Jobs\Task;

final class ReceivedTask implements ReceivedTaskInterface
{
    private bool $completed = false;

    /** @param array<string, list<string>> $headers */
    public function __construct(
        private readonly string $id,
        private readonly string $name,
        private readonly string $queue,
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

    public function getQueue(): string
    {
        return $this->queue;
    }

    public function getPayload(): string
    {
        return $this->payload;
    }

    public function getHeaderLine(string $name): string
    {
        return \implode(',', $this->headers[$name] ?? []);
    }

    public function complete(): void
    {
        $this->completed = true;
    }

    public function fail(string|\Throwable $error, bool $requeue = false): void
    {
        $this->completed = true;
    }
}
