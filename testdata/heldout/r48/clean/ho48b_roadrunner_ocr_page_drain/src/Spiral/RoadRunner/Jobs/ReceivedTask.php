<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Jobs;

final class ReceivedTask
{
    private bool $completed = false;
    private ?string $failure = null;

    public function __construct(
        private readonly string $id,
        private readonly string $queue,
        private readonly string $name,
        private readonly string $payload,
        private readonly array $headers = [],
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

    public function getName(): string
    {
        return $this->name;
    }

    public function getPayload(): string
    {
        return $this->payload;
    }

    public function getHeaderLine(string $name): string
    {
        return implode(',', $this->headers[$name] ?? []);
    }

    public function complete(): void
    {
        $this->completed = true;
    }

    public function fail(string|\Throwable $error, bool $requeue = false): void
    {
        $this->failure = $error instanceof \Throwable ? $error->getMessage() : $error;
    }
}
