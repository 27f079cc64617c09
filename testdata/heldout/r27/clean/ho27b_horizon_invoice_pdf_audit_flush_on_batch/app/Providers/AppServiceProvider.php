<?php

namespace App\Providers;

use App\Audit\AuditSeverity;
use App\Audit\AuditTable;
use App\Audit\AuditTrail;
use App\Billing\InvoiceArchive;
use App\Billing\InvoiceRenderer;
use App\Billing\InvoiceRepository;
use App\Jobs\GenerateInvoicePdf;
use Dompdf\Dompdf;
use Dompdf\Options;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\WorkerStopping;

final class AppServiceProvider
{
    public function __construct(private Container $app, private array $config)
    {
    }

    public function register(): void
    {
        $config = $this->config;
        $this->app->singleton(Dispatcher::class, fn () => new Dispatcher());
        $this->app->singleton(AuditTrail::class, fn () => new AuditTrail(
            new AuditTable(),
            AuditSeverity::fromName($config['audit']['flush_on']),
            $config['audit']['batch_size'],
            $config['audit']['system'],
        ));
        $this->app->singleton(InvoiceRenderer::class, fn () => new InvoiceRenderer(
            new Dompdf(new Options(['defaultFont' => 'DejaVu Sans', 'isRemoteEnabled' => false])),
            '<html><body><h1>Invoice {number}</h1><p>{customer}</p><table>{rows}</table><p>Total {total}</p></body></html>',
        ));
        $this->app->singleton(InvoiceArchive::class, fn () => new InvoiceArchive());
        $this->app->bind(GenerateInvoicePdf::class, fn (Container $app) => new GenerateInvoicePdf(
            new InvoiceRepository(),
            $app->make(InvoiceRenderer::class),
            $app->make(InvoiceArchive::class),
            $app->make(AuditTrail::class),
        ));
    }

    public function boot(): void
    {
        $events = $this->app->make(Dispatcher::class);
        $audit = $this->app->make(AuditTrail::class);
        $events->listen(JobProcessed::class, static fn () => $audit->flushIfDue());
        $events->listen(WorkerStopping::class, static fn () => $audit->flush());
    }
}
