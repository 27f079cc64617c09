<?php

namespace App\Monitoring;

use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;

final class JobMonitor
{
    private string $current = '';
    /** @var array<string, array<string, mixed>> */
    private array $runs = [];

    public function starting(JobProcessing $event): void
    {
        $this->current = uniqid('run_', true);
        $this->runs[$this->current] = [ // leak
            'job' => json_decode($event->job->getRawBody(), true)['displayName'],
            'payload' => $event->job->getRawBody(),
            'started' => microtime(true),
        ];
    }

    public function finished(JobProcessed $event): void
    {
        $this->runs[$this->current]['finished'] = microtime(true);
    }
}
