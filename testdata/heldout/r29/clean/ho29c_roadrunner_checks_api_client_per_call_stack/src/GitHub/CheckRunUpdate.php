<?php

declare(strict_types=1);

namespace App\GitHub;

final class CheckRunUpdate
{
    /** @param list<array{path: string, start_line: int, annotation_level: string, message: string}> $annotations */
    public function __construct(
        public readonly string $repository,
        public readonly int $checkRunId,
        public readonly string $headSha,
        public readonly string $status,
        public readonly ?string $conclusion,
        public readonly string $title,
        public readonly string $summary,
        public readonly array $annotations = [],
    ) {
    }

    /** @param array<string, mixed> $job */
    public static function fromJob(array $job): self
    {
        $failures = $job['failures'] ?? [];
        $annotations = array_map(static fn (array $f): array => [
            'path' => $f['file'],
            'start_line' => (int) $f['line'],
            'annotation_level' => 'failure',
            'message' => sprintf('%s failed: %s', $f['test'], $f['message']),
        ], $failures);

        return new self(
            $job['repository'],
            (int) $job['check_run_id'],
            $job['sha'],
            $job['status'],
            $job['conclusion'] ?? null,
            sprintf('%s #%d', $job['workflow'], $job['run_number']),
            sprintf(
                "Build %d for %s finished in %ds.\n\n%d tests, %d failed. Runner: %s",
                $job['run_number'],
                substr($job['sha'], 0, 10),
                $job['duration'],
                $job['tests'],
                count($failures),
                $job['runner'],
            ),
            $annotations,
        );
    }

    /** @return array<string, mixed> */
    public function toPayload(): array
    {
        return array_filter([
            'status' => $this->status,
            'conclusion' => $this->conclusion,
            'head_sha' => $this->headSha,
            'output' => ['title' => $this->title, 'summary' => $this->summary, 'annotations' => $this->annotations],
        ], static fn ($v): bool => $v !== null);
    }
}
