<?php

declare(strict_types=1);

namespace App\Providers;

use App\Foundation\Container;
use App\Foundation\ServiceProvider;
use App\Invoices\InvoicePdfRenderer;
use App\Invoices\TemplateEngine;

final class InvoiceServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(TemplateEngine::class, static fn (): TemplateEngine => new TemplateEngine());

        $this->app->singleton(
            InvoicePdfRenderer::class,
            static fn (Container $app, array $parameters): InvoicePdfRenderer => new InvoicePdfRenderer(
                $parameters['invoice'],
                $app->make(TemplateEngine::class),
            ),
        );
    }
}
