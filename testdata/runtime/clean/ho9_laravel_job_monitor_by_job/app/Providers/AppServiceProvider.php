<?php

namespace App\Providers;

use App\Monitoring\JobMonitor;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;

final class AppServiceProvider
{
    public function __construct(private Dispatcher $events, private JobMonitor $monitor) {}

    public function boot(): void
    {
        $this->events->listen(JobProcessing::class, [$this->monitor, 'starting']);
        $this->events->listen(JobProcessed::class, [$this->monitor, 'finished']);
    }
}
