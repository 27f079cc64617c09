<?php

declare(strict_types=1);

namespace App\Providers;

use App\Audit\AuditTrail;
use Framework\Queue\Dispatcher;
use Framework\Queue\WorkerStopping;

final class QueueServiceProvider
{
    public function __construct(
        private readonly Dispatcher $events,
        private readonly AuditTrail $audit,
    ) {
    }

    public function boot(): void
    {
        // Write buffered audit rows before the worker goes away.
        $this->events->listen(WorkerStopping::class, fn () => $this->audit->flush());
    }
}
