<?php

use App\Repositories\InvoiceRepository;
use App\Services\InvoicePdfRenderer;
use App\Services\InvoiceStorage;
use Illuminate\Container\Container;

$app = new Container();
$app->singleton(InvoiceRepository::class, static fn () => new InvoiceRepository('EUR'));
$app->singleton(InvoicePdfRenderer::class);
$app->singleton(InvoiceStorage::class);

return $app;
