<?php

declare(strict_types=1);

namespace App\Providers;

use App\Audit\AuditSink;
use App\Audit\DatabaseAuditSink;
use App\Audit\PrescriptionAuditLog;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\WorkerStopping;
use Illuminate\Support\ServiceProvider;

class AuditServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(AuditSink::class, static fn () => new DatabaseAuditSink('rx_audit_log'));
        $this->app->singleton(PrescriptionAuditLog::class, static fn ($app) => new PrescriptionAuditLog($app->make(AuditSink::class)));
    }

    public function boot(Dispatcher $events): void
    {
        // Write the collected audit rows in one batch when the worker winds down.
        $events->listen(WorkerStopping::class, function (): void {
            $this->app->make(PrescriptionAuditLog::class)->flush();
        });
    }
}
