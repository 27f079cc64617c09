<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Profiling\Profiler;
use App\Support\ServiceLocator;

final class Job
{
    public function __construct(
        public readonly int $id,
        public readonly string $type,
        public readonly array $payload,
    ) {
    }
}

final class JobQueue
{
    private const TYPES = ['thumbnail', 'reindex', 'webhook'];

    private int $next = 0;

    public function __construct(private int $limit)
    {
    }

    public function pop(): ?Job
    {
        if ($this->next >= $this->limit) {
            return null;
        }
        $id = ++$this->next;

        return new Job($id, self::TYPES[$id % 3], [
            'resource' => sprintf('s3://media-bucket/uploads/%d/%s.jpg', $id, md5((string) $id)),
            'callback' => 'https://hooks.example.test/jobs/' . $id,
            'attempt' => 1,
        ]);
    }
}

final class JobRunner
{
    public function run(Job $job): void
    {
        $profiler = ServiceLocator::getInstance()->get(Profiler::class);
        $label = sprintf('job.%s.%d', $job->type, $job->id);
        $profiler->start($label, $job->type, ['resource' => $job->payload['resource'], 'attempt' => $job->payload['attempt']]);

        $checksum = crc32(json_encode($job->payload));
        if ($checksum === 0) {
            throw new \RuntimeException('Empty payload for job ' . $job->id);
        }

        $profiler->stop($label);
    }
}
