<?php

declare(strict_types=1);

namespace Acme\Runners\Runner;

final class Heartbeat
{
    public function __construct(
        public readonly string $runnerId,
        public readonly string $jobId,
        public readonly string $pipelineId,
        public readonly string $stage,
        public readonly string $state,
        public readonly string $traceTail,
        public readonly array $executor,
        public readonly int $receivedAt,
    ) {
    }

    public static function fromGlobals(string $runnerId): self
    {
        return new self(
            $runnerId,
            (string) ($_POST['job_id'] ?? ''),
            (string) ($_POST['pipeline_id'] ?? ''),
            (string) ($_POST['stage'] ?? 'unknown'),
            (string) ($_POST['state'] ?? 'running'),
            (string) ($_POST['trace_tail'] ?? ''),
            (array) ($_POST['executor'] ?? []),
            (int) $_SERVER['REQUEST_TIME'],
        );
    }

    public function toSnapshot(): array
    {
        return [
            'job' => $this->jobId,
            'pipeline' => $this->pipelineId,
            'stage' => $this->stage,
            'state' => $this->state,
            'trace' => $this->traceTail,
            'image' => $this->executor['image'] ?? null,
            'seen_at' => $this->receivedAt,
        ];
    }
}
