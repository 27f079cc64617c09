<?php

declare(strict_types=1);

namespace App\Providers;

use App\Audit\AuditSink;
use App\Audit\DatabaseAuditSink;
use App\Audit\PrescriptionAuditLog;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobProcessed;
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
        // Write the audit rows a job collected in one batch once it has finished.
        $events->listen(JobProcessed::class, function (): void {
            $this->app->make(PrescriptionAuditLog::class)->flush();
        });
    }
}
