<?php

declare(strict_types=1);

namespace App\Providers;

use App\Audit\AuditTrail;
use Framework\Queue\Dispatcher;
use Framework\Queue\JobProcessed;

final class QueueServiceProvider
{
    public function __construct(
        private readonly Dispatcher $events,
        private readonly AuditTrail $audit,
    ) {
    }

    public function boot(): void
    {
        // Write buffered audit rows once the job that produced them is done.
        $this->events->listen(JobProcessed::class, fn () => $this->audit->flush());
    }
}
