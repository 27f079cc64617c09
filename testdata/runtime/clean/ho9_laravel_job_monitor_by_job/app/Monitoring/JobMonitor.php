<?php

namespace App\Monitoring;

use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;

final class JobMonitor
{
    /** @var array<int, array<string, mixed>> */
    private array $runs = [];

    public function starting(JobProcessing $event): void
    {
        $this->runs[spl_object_id($event->job)] = [
            'job' => json_decode($event->job->getRawBody(), true)['displayName'],
            'payload' => $event->job->getRawBody(),
            'started' => microtime(true),
        ];
    }

    public function finished(JobProcessed $event): void
    {
        $this->runs[spl_object_id($event->job)]['finished'] = microtime(true);
    }
}
