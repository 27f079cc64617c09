<?php

declare(strict_types=1);

namespace App\Listeners;

use App\Audit\AuditBatchWriter;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;

final class RecordJobAudit
{
    private float $startedAt = 0.0;

    public function __construct(private readonly AuditBatchWriter $writer)
    {
    }

    public function onProcessing(JobProcessing $event): void
    {
        $this->startedAt = microtime(true);
    }

    public function onProcessed(JobProcessed $event): void
    {
        $job = $event->job;
        $finishedAt = microtime(true);

        $this->writer->push(
            [
                'job_uuid' => $job->uuid,
                'phase' => 'attempt',
                'connection' => $event->connectionName,
                'payload' => json_encode($job->payload()),
                'at' => $this->startedAt,
            ],
            [
                'job_uuid' => $job->uuid,
                'phase' => 'outcome',
                'connection' => $event->connectionName,
                'result' => 'processed in ' . round(($finishedAt - $this->startedAt) * 1000, 3) . 'ms',
                'at' => $finishedAt,
            ],
        );
    }
}
