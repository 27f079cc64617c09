<?php

namespace Spiral\RoadRunner\Jobs;

// Stand-in for the RoadRunner jobs consumer: the RPC relay is replaced by a
// generator of queued task payloads so the worker runs without the server.

final class ReceivedTask
{
    private bool $acked = false;

    public function __construct(
        private string $id,
        private string $queue,
        private string $name,
        private string $payload,
        private array $headers = [],
    ) {
    }

    public function getId(): string { return $this->id; }
    public function getQueue(): string { return $this->queue; }
    public function getName(): string { return $this->name; }
    public function getPayload(): string { return $this->payload; }
    public function getHeaderLine(string $name): string { return implode(',', $this->headers[$name] ?? []); }
    public function ack(): void { $this->acked = true; }
    public function nack(\Throwable|string $reason): void { $this->acked = false; }
}

final class Consumer
{
    private \Generator $source;

    public function __construct(callable $relay)
    {
        $this->source = $relay();
    }

    public function waitTask(): ?ReceivedTask
    {
        if (!$this->source->valid()) {
            return null;
        }
        $task = $this->source->current();
        $this->source->next();
        return $task;
    }
}
